import type { MessageCatalog } from '../messageCatalog.js'

// Des mots simples que tout client comprend : ce qui s'est passé et ce qu'il faut faire ensuite. Vouvoiement.
// Pas de « oups », de « s'il vous plaît », de « veuillez » ni d'« invalide ». Les messages de champ nomment le
// champ (« {label} ») pour ne pas dépendre du genre du libellé. Espaces insécables avant « : » et dans « ».

/** French copy (vous). */
export const fr: MessageCatalog = {
  locale: 'fr',
  kinds: {
    'fix-input': {
      title: 'Vérifiez les informations saisies',
      body: 'Certaines informations doivent être modifiées avant de continuer.',
      action: 'Corrigez les informations mises en évidence',
    },
    declined: {
      title: 'Votre paiement a été refusé',
      body: "La banque émettrice de votre carte n'a pas accepté ce paiement.",
      action: 'Utilisez une autre carte ou un autre moyen de paiement',
    },
    'retry-later': {
      title: 'Un problème momentané est survenu',
      body: 'Cela devrait fonctionner si vous réessayez dans quelques instants.',
      action: 'Réessayez',
    },
    'contact-support': {
      title: 'Nous ne pouvons pas finaliser cette opération pour le moment',
      body: "Contactez le service client afin qu'il puisse examiner la situation.",
      action: 'Contactez le service client',
    },
  },
  reasons: {
    'outcome-unknown': {
      title: 'Nous ne savons pas encore si votre paiement a abouti',
      body: "Ne payez pas à nouveau avant d'avoir vérifié l'état de votre commande ou contacté le service client.",
      action: "Vérifiez l'état de votre commande",
    },
    pending: {
      title: 'Votre paiement est en cours de traitement',
      body: "Ne payez pas à nouveau avant d'avoir vérifié l'état de votre commande. Vérifiez-le dans quelques minutes.",
      action: "Vérifiez l'état de votre commande",
    },
    'duplicate-request': {
      title: 'Ce paiement a peut-être déjà été effectué',
      body: "Un paiement avec la même référence existe déjà. Ne payez pas à nouveau avant d'avoir vérifié l'état de votre commande.",
      action: "Vérifiez l'état de votre commande",
    },
    'idempotency-conflict': {
      title: 'Ce paiement a peut-être déjà été effectué',
      body: "Nous avons déjà reçu cette demande de paiement. Ne payez pas à nouveau avant d'avoir vérifié l'état de votre commande.",
      action: "Vérifiez l'état de votre commande",
    },
    'partially-completed': {
      title: "Votre paiement n'a été effectué qu'en partie",
      body: "Ne payez pas à nouveau avant d'avoir vérifié l'état de votre commande. Contactez le service client avant de réessayer, pour ne pas être débité deux fois.",
    },
    'insufficient-funds': { body: "Il n'y a pas assez d'argent sur le compte pour ce paiement." },
    'limit-exceeded': { body: 'Ce paiement dépasse un plafond de la carte ou du compte.' },
    'expired-card': {
      title: 'La carte a expiré',
      body: "Vérifiez la date d'expiration ou utilisez une autre carte.",
    },
    'incorrect-cvc': {
      title: 'Vérifiez le code de sécurité',
      body: "Le code de sécurité ne correspond pas à la carte. Il s'agit des 3 ou 4 chiffres imprimés sur la carte.",
      action: 'Corrigez le code de sécurité',
    },
    'incorrect-number': {
      title: 'Vérifiez le numéro de carte',
      body: "Le numéro de carte n'est pas correct. Comparez-le avec votre carte.",
      action: 'Corrigez le numéro de carte',
    },
    'incorrect-expiry': {
      title: "Vérifiez la date d'expiration",
      body: "La date d'expiration ne correspond pas à la carte.",
      action: "Corrigez la date d'expiration",
    },
    'incorrect-postcode': {
      title: 'Vérifiez le code postal',
      body: "Le code postal ne correspond pas à l'adresse de facturation de la carte.",
      action: 'Corrigez le code postal',
    },
    'card-not-supported': { body: 'Cette carte ne peut pas être utilisée pour ce paiement.' },
    'authentication-required': {
      body: 'Votre banque vous demande de confirmer ce paiement.',
      action: 'Réessayez et confirmez le paiement auprès de votre banque',
    },
    'account-disabled': {
      body: 'Ce compte ne peut ni envoyer ni recevoir de paiements pour le moment.',
    },
    'payment-failed': {
      title: "Votre paiement n'a pas abouti",
      body: "Aucun montant n'a été débité.",
    },
    'issuer-unavailable': {
      title: "La banque émettrice de votre carte n'a pas répondu",
      body: "Aucun montant n'a été débité. Réessayez dans quelques minutes.",
    },
    'rate-limited': { title: 'Trop de tentatives', body: 'Patientez un instant, puis réessayez.' },
    offline: {
      title: 'Vous êtes hors ligne',
      body: 'Vérifiez votre connexion internet, puis réessayez.',
    },
    'network-error': {
      title: 'Problème de connexion',
      body: "Nous n'avons pas pu joindre le serveur. Vérifiez votre connexion internet, puis réessayez.",
    },
    timeout: { title: 'Cela prend trop de temps', body: "Le serveur n'a pas répondu à temps." },
    aborted: { title: 'Annulé', body: 'La demande a été annulée.' },
    'invalid-characters': {
      body: 'Certaines informations contiennent des caractères que nous ne pouvons pas accepter. Supprimez les caractères spéciaux et réessayez.',
    },
    'too-large': {
      title: 'Le fichier est trop volumineux',
      body: 'Choisissez un fichier plus petit.',
      action: 'Choisissez un autre fichier',
    },
    'unsupported-file-type': {
      title: "Ce type de fichier n'est pas accepté",
      body: 'Choisissez un fichier dans un autre format.',
      action: 'Choisissez un autre fichier',
    },
    'configuration-error': {
      title: 'Nous ne pouvons pas accepter de paiement par carte pour le moment',
      body: "Le problème vient de notre configuration de paiement, pas de votre carte. Aucun montant n'a été débité. Contactez le support pour qu'il le corrige.",
    },
    'card-details-expired': {
      title: 'Saisissez à nouveau les informations de votre carte',
      body: 'Les informations de carte saisies ont expiré. Saisissez-les à nouveau pour payer.',
      action: 'Saisir les informations de la carte',
    },
  },
  fields: {
    required: 'Remplissez le champ «\u00a0{label}\u00a0»',
    format: 'Remplissez le champ «\u00a0{label}\u00a0» au bon format',
    length: 'Le champ «\u00a0{label}\u00a0» est trop long ou trop court',
    characters:
      'Le champ «\u00a0{label}\u00a0» contient des caractères que nous ne pouvons pas accepter',
    expired: 'La carte a expiré\u00a0: vérifiez le champ «\u00a0{label}\u00a0»',
    expiry: 'Vérifiez le champ «\u00a0{label}\u00a0»',
    cvc: 'Vérifiez le champ «\u00a0{label}\u00a0»',
    number: 'Vérifiez le champ «\u00a0{label}\u00a0»',
    postcode: 'Vérifiez le champ «\u00a0{label}\u00a0»',
    invalid: 'Vérifiez le champ «\u00a0{label}\u00a0»',
  },
  unlabelledFields: {
    required: 'Remplissez ce champ',
    format: 'Remplissez ce champ au bon format',
    length: 'Ce champ est trop long ou trop court',
    characters: 'Ce champ contient des caractères que nous ne pouvons pas accepter',
    expired: 'La carte a expiré',
    expiry: "Vérifiez la date d'expiration",
    cvc: 'Vérifiez le code de sécurité',
    number: 'Vérifiez le numéro de carte',
    postcode: 'Vérifiez le code postal',
    invalid: 'Vérifiez ce champ',
  },
  reference: 'Référence\u00a0: {reference}',
  ui: {
    summaryTitle: 'Il y a un problème',
    errorPrefix: 'Erreur\u00a0:',
    copyReference: 'Copier la référence',
    referenceCopied: 'Référence copiée',
    referenceCopyFailed:
      'La copie n’a pas fonctionné\u00a0: la référence est sélectionnée, copiez-la avec le clavier ou le menu.',
    retryIn: 'Réessayer dans {seconds}\u00a0s',
    nextAttemptIn: 'Prochain essai dans {seconds}\u00a0s',
    retryReady: 'Vous pouvez réessayer maintenant.',
    retryingAutomatically: 'Nouvel essai en cours…',
    supportTitle: 'Contacter le support',
    supportEmail: 'E-mail',
    supportPhone: 'Téléphone',
    supportWebsite: "Centre d'aide",
    dismiss: 'Fermer',
  },
}

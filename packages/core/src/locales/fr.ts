import type { MessageCatalog } from '../messageCatalog.js'

// Des mots simples que tout client comprend : ce qui s'est passé et ce qu'il faut faire ensuite. Vouvoiement.
// Pas de « oups », de « s'il vous plaît », de « veuillez » ni d'« invalide ». Les messages de champ nomment le
// champ (« {label} ») pour ne pas dépendre du genre du libellé. Espaces insécables avant « : » et dans « ».

/** French copy (vous). */
export const fr: MessageCatalog = {
  locale: 'fr',
  kinds: {
    'fix-input': {
      title: 'Certaines informations sont à corriger',
      body: "Les informations mises en évidence n'ont pas été acceptées. Corrigez-les, puis continuez.",
      action: 'Corrigez les informations',
    },
    declined: {
      title: 'Votre paiement a été refusé',
      body: "La banque émettrice de votre carte n'a pas indiqué pourquoi\u00a0: contactez-la pour le savoir.",
      action: 'Utilisez une autre carte ou un autre moyen de paiement',
    },
    'retry-later': {
      title: 'Un problème momentané est survenu',
      body: 'Vous pouvez réessayer sans risque dans quelques instants.',
      action: 'Réessayez',
    },
    'contact-support': {
      title: "Nous n'avons pas pu finaliser cette opération",
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
      body: "Ne payez pas à nouveau avant d'avoir vérifié l'état de votre commande. Contactez d'abord le service client, pour ne pas être débité deux fois.",
    },
    'insufficient-funds': { body: "Il n'y a pas assez d'argent sur le compte pour ce paiement." },
    'limit-exceeded': { body: 'Ce paiement dépasse un plafond de la carte ou du compte.' },
    'expired-card': {
      title: 'La carte a expiré',
      body: "Utilisez une carte qui n'a pas expiré, ou corrigez la date d'expiration si elle a été mal saisie.",
    },
    'incorrect-cvc': {
      title: 'Le code de sécurité ne correspond pas à la carte',
      body: 'Saisissez le code de sécurité à 3 ou 4 chiffres imprimé sur la carte.',
      action: 'Corrigez le code de sécurité',
    },
    'incorrect-number': {
      title: "Le numéro de carte n'est pas correct",
      body: 'Saisissez le numéro exactement tel qu’il figure sur votre carte.',
      action: 'Corrigez le numéro de carte',
    },
    'incorrect-expiry': {
      title: "La date d'expiration ne correspond pas à la carte",
      body: 'Saisissez la date d’expiration exactement telle qu’elle figure sur votre carte.',
      action: "Corrigez la date d'expiration",
    },
    'incorrect-postcode': {
      title: 'Le code postal ne correspond pas à la carte',
      body: "Saisissez le code postal de l'adresse associée à votre carte.",
      action: 'Corrigez le code postal',
    },
    'card-not-supported': { body: 'Cette carte ne peut pas être utilisée pour ce paiement.' },
    'authentication-required': {
      body: "Votre banque vous demande de confirmer ce paiement. Au moment de payer, confirmez-le dans l'application de votre banque ou sur la page qu'elle affiche.",
      action: 'Payez et confirmez auprès de votre banque',
    },
    'account-disabled': {
      body: 'Ce compte ne peut ni envoyer ni recevoir de paiements pour le moment.',
    },
    'payment-failed': { title: "Votre paiement n'a pas abouti" },
    'issuer-unavailable': {
      title: "La banque émettrice de votre carte n'a pas répondu",
      body: 'Réessayez dans quelques minutes.',
    },
    'rate-limited': {
      title: 'Le système est très sollicité',
      body: 'Le problème ne vient pas de vos informations. Patientez quelques secondes, puis réessayez.',
    },
    offline: {
      title: 'Vous êtes hors ligne',
      body: 'Vérifiez votre connexion internet, puis réessayez.',
    },
    'network-error': {
      title: 'Problème de connexion',
      body: "Nous n'avons pas pu joindre le serveur. Vérifiez votre connexion internet, puis réessayez.",
    },
    timeout: {
      title: "Aucune réponse n'est arrivée à temps",
      body: "Le délai d'attente est dépassé. Vous pouvez réessayer sans risque\u00a0: vous ne serez pas débité deux fois.",
    },
    aborted: { title: 'Annulé', body: 'La demande a été annulée.' },
    'invalid-characters': {
      body: 'Certaines informations contiennent des caractères que nous ne pouvons pas accepter. Supprimez les caractères spéciaux comme < > ou &, puis continuez.',
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
      title: 'Nous ne pouvons pas accepter de paiement par carte',
      body: "Le problème vient de notre configuration de paiement, pas de votre carte. Contactez le support pour qu'il le corrige.",
    },
    'card-details-expired': {
      title: 'Saisissez à nouveau les informations de votre carte',
      body: 'Les informations de carte saisies ont expiré. Saisissez-les à nouveau pour payer.',
      action: 'Saisir les informations de la carte',
    },
    'request-in-progress': {
      title: 'Votre paiement est toujours en cours de traitement',
      body: 'Patientez quelques secondes, puis réessayez. Vous ne serez pas débité deux fois.',
    },
  },
  fields: {
    required: 'Remplissez le champ «\u00a0{label}\u00a0»',
    select: 'Sélectionnez une option dans le champ «\u00a0{label}\u00a0»',
    format: 'Remplissez le champ «\u00a0{label}\u00a0» au bon format',
    length: 'Le champ «\u00a0{label}\u00a0» est trop long ou trop court',
    tooLong: 'Le champ «\u00a0{label}\u00a0» est trop long',
    tooShort: 'Le champ «\u00a0{label}\u00a0» est trop court',
    maxLength: 'Le champ «\u00a0{label}\u00a0» doit comporter {max}\u00a0caractères au maximum',
    minLength: 'Le champ «\u00a0{label}\u00a0» doit comporter au moins {min}\u00a0caractères',
    lengthRange:
      'Le champ «\u00a0{label}\u00a0» doit comporter entre {min} et {max}\u00a0caractères',
    min: 'Le champ «\u00a0{label}\u00a0» doit être supérieur ou égal à {min}',
    max: 'Le champ «\u00a0{label}\u00a0» doit être inférieur ou égal à {max}',
    tooSmall: 'Saisissez un nombre plus grand dans le champ «\u00a0{label}\u00a0»',
    tooLarge: 'Saisissez un nombre plus petit dans le champ «\u00a0{label}\u00a0»',
    characters:
      'Le champ «\u00a0{label}\u00a0» ne doit pas contenir de caractères spéciaux comme < > ou &',
    invalid: "Saisissez à nouveau le champ «\u00a0{label}\u00a0»\u00a0: il n'a pas été accepté",
    cvc: 'Remplissez le champ «\u00a0{label}\u00a0» avec les 3 ou 4 chiffres imprimés sur votre carte',
    number: 'Remplissez le champ «\u00a0{label}\u00a0» exactement comme sur votre carte',
    expiry: 'Remplissez le champ «\u00a0{label}\u00a0» exactement comme sur votre carte',
    expired: 'La carte a expiré\u00a0: utilisez une autre carte',
    postcode:
      "Remplissez le champ «\u00a0{label}\u00a0» avec le code postal de l'adresse associée à votre carte",
    amount: 'Remplissez le champ «\u00a0{label}\u00a0» avec un nombre, par exemple 12,50',
    amountMin: "Saisissez un montant d'au moins {min}",
    amountMax: 'Saisissez un montant de {max} au maximum',
    amountTooSmall: 'Saisissez un montant plus élevé',
    amountTooLarge: 'Saisissez un montant moins élevé',
  },
  unlabelledFields: {
    required: 'Remplissez ce champ',
    select: 'Sélectionnez une option',
    format: 'Remplissez ce champ au bon format',
    length: 'Ce champ est trop long ou trop court',
    tooLong: 'Ce champ est trop long',
    tooShort: 'Ce champ est trop court',
    maxLength: 'Ce champ doit comporter {max}\u00a0caractères au maximum',
    minLength: 'Ce champ doit comporter au moins {min}\u00a0caractères',
    lengthRange: 'Ce champ doit comporter entre {min} et {max}\u00a0caractères',
    min: 'Ce champ doit être supérieur ou égal à {min}',
    max: 'Ce champ doit être inférieur ou égal à {max}',
    tooSmall: 'Saisissez un nombre plus grand',
    tooLarge: 'Saisissez un nombre plus petit',
    characters: 'Ce champ ne doit pas contenir de caractères spéciaux comme < > ou &',
    invalid: "Saisissez à nouveau ce champ\u00a0: il n'a pas été accepté",
    cvc: 'Saisissez le code de sécurité à 3 ou 4 chiffres',
    number: 'Saisissez le numéro de carte exactement tel qu’il figure sur votre carte',
    expiry: 'Saisissez la date d’expiration exactement telle qu’elle figure sur votre carte',
    expired: 'La carte a expiré\u00a0: utilisez une autre carte',
    postcode: "Saisissez le code postal de l'adresse associée à votre carte",
    amount: 'Saisissez le montant sous forme de nombre, par exemple 12,50',
    amountMin: "Saisissez un montant d'au moins {min}",
    amountMax: 'Saisissez un montant de {max} au maximum',
    amountTooSmall: 'Saisissez un montant plus élevé',
    amountTooLarge: 'Saisissez un montant moins élevé',
  },
  reference: 'Référence\u00a0: {reference}',
  notTaken: "Aucun montant n'a été débité.",
  cannotRetry: {
    title: "L'opération n'a pas abouti",
    body: "Contactez le service client afin qu'il puisse examiner la situation.",
    action: 'Contactez le service client',
  },
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
    stillTrying: 'Nouvelle tentative en cours : {attempt} sur {max}',
    stopWaiting: 'Ne plus attendre',
    supportTitle: 'Contacter le support',
    supportEmail: 'E-mail',
    supportPhone: 'Téléphone',
    supportWebsite: "Centre d'aide",
    dismiss: 'Fermer',
  },
}

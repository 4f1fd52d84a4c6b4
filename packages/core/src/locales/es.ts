import type { MessageCatalog } from '../messageCatalog.js'

// Palabras sencillas que cualquier cliente entiende: qué ha pasado y qué hacer a continuación. Trato de usted.
// Nada de "ups", "por favor" ni "inválido". Los mensajes de campo nombran el campo («{label}») para no depender
// del género de la etiqueta.

/** Spanish copy (usted). */
export const es: MessageCatalog = {
  locale: 'es',
  kinds: {
    'fix-input': {
      title: 'Revise los datos que ha introducido',
      body: 'Hay datos que debe corregir antes de continuar.',
      action: 'Corrija los datos resaltados',
    },
    declined: {
      title: 'Su pago ha sido rechazado',
      body: 'El banco emisor de su tarjeta no ha aceptado este pago.',
      action: 'Use otra tarjeta u otro método de pago',
    },
    'retry-later': {
      title: 'Se ha producido un problema momentáneo',
      body: 'Debería funcionar si vuelve a intentarlo en unos instantes.',
      action: 'Inténtelo de nuevo',
    },
    'contact-support': {
      title: 'No podemos completar esta operación en este momento',
      body: 'Contacte con atención al cliente para que puedan revisarlo.',
      action: 'Contacte con atención al cliente',
    },
  },
  reasons: {
    'outcome-unknown': {
      title: 'Todavía no sabemos si su pago se ha realizado',
      body: 'No vuelva a pagar hasta haber comprobado el estado de su pedido o haber hablado con atención al cliente.',
      action: 'Compruebe el estado de su pedido',
    },
    pending: {
      title: 'Su pago se está procesando',
      body: 'No vuelva a pagar hasta haber comprobado el estado de su pedido. Compruébelo dentro de unos minutos.',
      action: 'Compruebe el estado de su pedido',
    },
    'duplicate-request': {
      title: 'Es posible que este pago ya se haya realizado',
      body: 'Ya existe un pago con la misma referencia. No vuelva a pagar hasta haber comprobado el estado de su pedido.',
      action: 'Compruebe el estado de su pedido',
    },
    'idempotency-conflict': {
      title: 'Es posible que este pago ya se haya realizado',
      body: 'Ya hemos recibido esta solicitud de pago. No vuelva a pagar hasta haber comprobado el estado de su pedido.',
      action: 'Compruebe el estado de su pedido',
    },
    'partially-completed': {
      title: 'Su pago solo se ha completado en parte',
      body: 'No vuelva a pagar hasta haber comprobado el estado de su pedido. Contacte con atención al cliente antes de intentarlo de nuevo, para que no se le cobre dos veces.',
    },
    'insufficient-funds': { body: 'No hay dinero suficiente en la cuenta para este pago.' },
    'limit-exceeded': { body: 'Este pago supera un límite de la tarjeta o de la cuenta.' },
    'expired-card': {
      title: 'La tarjeta ha caducado',
      body: 'Compruebe la fecha de caducidad o use otra tarjeta.',
    },
    'incorrect-cvc': {
      title: 'Compruebe el código de seguridad',
      body: 'El código de seguridad no coincide con la tarjeta. Son los 3 o 4 dígitos impresos en la tarjeta.',
      action: 'Corrija el código de seguridad',
    },
    'incorrect-number': {
      title: 'Compruebe el número de tarjeta',
      body: 'El número de tarjeta no es correcto. Compárelo con su tarjeta.',
      action: 'Corrija el número de tarjeta',
    },
    'incorrect-expiry': {
      title: 'Compruebe la fecha de caducidad',
      body: 'La fecha de caducidad no coincide con la tarjeta.',
      action: 'Corrija la fecha de caducidad',
    },
    'incorrect-postcode': {
      title: 'Compruebe el código postal',
      body: 'El código postal no coincide con la dirección de facturación de la tarjeta.',
      action: 'Corrija el código postal',
    },
    'card-not-supported': { body: 'Esta tarjeta no se puede usar para este pago.' },
    'authentication-required': {
      body: 'Su banco necesita que confirme este pago.',
      action: 'Inténtelo de nuevo y confirme el pago con su banco',
    },
    'account-disabled': { body: 'Esta cuenta no puede enviar ni recibir pagos en este momento.' },
    'payment-failed': { title: 'Su pago no se ha realizado', body: 'No se le ha cobrado nada.' },
    'issuer-unavailable': {
      title: 'El banco emisor de su tarjeta no ha respondido',
      body: 'No se le ha cobrado nada. Inténtelo de nuevo dentro de unos minutos.',
    },
    'rate-limited': {
      title: 'Demasiados intentos',
      body: 'Espere un momento y vuelva a intentarlo.',
    },
    offline: {
      title: 'No tiene conexión a internet',
      body: 'Compruebe su conexión a internet y vuelva a intentarlo.',
    },
    'network-error': {
      title: 'Problema de conexión',
      body: 'No hemos podido conectar con el servidor. Compruebe su conexión a internet y vuelva a intentarlo.',
    },
    timeout: {
      title: 'Esto está tardando demasiado',
      body: 'El servidor no ha respondido a tiempo.',
    },
    aborted: { title: 'Cancelado', body: 'La solicitud se ha cancelado.' },
    'invalid-characters': {
      body: 'Algunos datos contienen caracteres que no podemos aceptar. Elimine los caracteres especiales y vuelva a intentarlo.',
    },
    'too-large': {
      title: 'El archivo es demasiado grande',
      body: 'Elija un archivo más pequeño.',
      action: 'Elija otro archivo',
    },
    'unsupported-file-type': {
      title: 'No se admite este tipo de archivo',
      body: 'Elija un archivo en otro formato.',
      action: 'Elija otro archivo',
    },
    'configuration-error': {
      title: 'Ahora no podemos aceptar pagos con tarjeta',
      body: 'El problema está en nuestra configuración de pagos, no en su tarjeta. No se le ha cobrado nada. Contacte con soporte para que lo resuelvan.',
    },
    'card-details-expired': {
      title: 'Vuelva a introducir los datos de la tarjeta',
      body: 'Los datos de la tarjeta que introdujo han caducado. Introdúzcalos de nuevo para pagar.',
      action: 'Introduzca los datos de la tarjeta',
    },
  },
  fields: {
    required: 'Rellene el campo «{label}»',
    format: 'Rellene el campo «{label}» con el formato correcto',
    length: 'El campo «{label}» es demasiado largo o demasiado corto',
    characters: 'El campo «{label}» contiene caracteres que no podemos aceptar',
    expired: 'La tarjeta ha caducado: compruebe el campo «{label}»',
    expiry: 'Compruebe el campo «{label}»',
    cvc: 'Compruebe el campo «{label}»',
    number: 'Compruebe el campo «{label}»',
    postcode: 'Compruebe el campo «{label}»',
    invalid: 'Compruebe el campo «{label}»',
  },
  unlabelledFields: {
    required: 'Rellene este campo',
    format: 'Rellene este campo con el formato correcto',
    length: 'Este campo es demasiado largo o demasiado corto',
    characters: 'Este campo contiene caracteres que no podemos aceptar',
    expired: 'La tarjeta ha caducado',
    expiry: 'Compruebe la fecha de caducidad',
    cvc: 'Compruebe el código de seguridad',
    number: 'Compruebe el número de tarjeta',
    postcode: 'Compruebe el código postal',
    invalid: 'Compruebe este campo',
  },
  reference: 'Referencia: {reference}',
  ui: {
    summaryTitle: 'Hay un problema',
    errorPrefix: 'Error:',
    copyReference: 'Copiar la referencia',
    referenceCopied: 'Referencia copiada',
    referenceCopyFailed:
      'No se pudo copiar: la referencia está seleccionada, cópiela con el teclado o el menú.',
    retryIn: 'Vuelva a intentarlo en {seconds} s',
    nextAttemptIn: 'Próximo intento en {seconds} s',
    retryReady: 'Ya puede volver a intentarlo.',
    retryingAutomatically: 'Volviendo a intentarlo…',
    supportTitle: 'Contactar con soporte',
    supportEmail: 'Correo electrónico',
    supportPhone: 'Teléfono',
    supportWebsite: 'Centro de ayuda',
    dismiss: 'Cerrar',
  },
}

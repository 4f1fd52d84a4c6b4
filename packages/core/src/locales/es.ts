import type { MessageCatalog } from '../messageCatalog.js'

// Palabras sencillas que cualquier cliente entiende: qué ha pasado y qué hacer a continuación. Trato de usted.
// Nada de "ups", "por favor" ni "inválido". Los mensajes de campo nombran el campo («{label}») para no depender
// del género de la etiqueta.

/** Spanish copy (usted). */
export const es: MessageCatalog = {
  locale: 'es',
  kinds: {
    'fix-input': {
      title: 'Hay datos que debe corregir',
      body: 'No se han aceptado los datos resaltados. Corríjalos y continúe.',
      action: 'Corrija los datos',
    },
    declined: {
      title: 'Su pago ha sido rechazado',
      body: 'El banco emisor de su tarjeta no ha indicado el motivo: consúltelo con su banco.',
      action: 'Use otra tarjeta u otro método de pago',
    },
    'retry-later': {
      title: 'Se ha producido un problema momentáneo',
      body: 'Puede volver a intentarlo sin riesgo dentro de unos instantes.',
      action: 'Inténtelo de nuevo',
    },
    'contact-support': {
      title: 'No hemos podido completar esta operación',
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
      body: 'No vuelva a pagar hasta haber comprobado el estado de su pedido. Contacte antes con atención al cliente, para que no se le cobre dos veces.',
    },
    'insufficient-funds': { body: 'No hay dinero suficiente en la cuenta para este pago.' },
    'limit-exceeded': { body: 'Este pago supera un límite de la tarjeta o de la cuenta.' },
    'expired-card': {
      title: 'La tarjeta ha caducado',
      body: 'Use una tarjeta que no haya caducado, o corrija la fecha de caducidad si la escribió mal.',
    },
    'incorrect-cvc': {
      title: 'El código de seguridad no coincide con la tarjeta',
      body: 'Introduzca el código de seguridad de 3 o 4 dígitos impreso en la tarjeta.',
      action: 'Corrija el código de seguridad',
    },
    'incorrect-number': {
      title: 'El número de tarjeta no es correcto',
      body: 'Introduzca el número tal como aparece en su tarjeta.',
      action: 'Corrija el número de tarjeta',
    },
    'incorrect-expiry': {
      title: 'La fecha de caducidad no coincide con la tarjeta',
      body: 'Introduzca la fecha de caducidad tal como aparece en su tarjeta.',
      action: 'Corrija la fecha de caducidad',
    },
    'incorrect-postcode': {
      title: 'El código postal no coincide con la tarjeta',
      body: 'Introduzca el código postal de la dirección asociada a su tarjeta.',
      action: 'Corrija el código postal',
    },
    'card-not-supported': { body: 'Esta tarjeta no se puede usar para este pago.' },
    'authentication-required': {
      body: 'Su banco necesita que confirme este pago. Al pagar, confírmelo en la aplicación de su banco o en la página que le muestre.',
      action: 'Pague y confirme el pago con su banco',
    },
    'account-disabled': { body: 'Esta cuenta no puede enviar ni recibir pagos en este momento.' },
    'payment-failed': { title: 'Su pago no se ha realizado' },
    'issuer-unavailable': {
      title: 'El banco emisor de su tarjeta no ha respondido',
      body: 'Inténtelo de nuevo dentro de unos minutos.',
    },
    'rate-limited': {
      title: 'El sistema está saturado',
      body: 'El problema no está en sus datos. Espere unos segundos y vuelva a intentarlo.',
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
      title: 'No se ha recibido respuesta a tiempo',
      body: 'Se ha agotado el tiempo de espera. Puede volver a intentarlo sin riesgo: no se le cobrará dos veces.',
    },
    aborted: { title: 'Cancelado', body: 'La solicitud se ha cancelado.' },
    'invalid-characters': {
      body: 'Algunos datos contienen caracteres que no podemos aceptar. Elimine los caracteres especiales como < > o & y continúe.',
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
      title: 'No podemos aceptar pagos con tarjeta',
      body: 'El problema está en nuestra configuración de pagos, no en su tarjeta. Contacte con soporte para que lo resuelvan.',
    },
    'card-details-expired': {
      title: 'Vuelva a introducir los datos de la tarjeta',
      body: 'Los datos de la tarjeta que introdujo han caducado. Introdúzcalos de nuevo para pagar.',
      action: 'Introduzca los datos de la tarjeta',
    },
    'request-in-progress': {
      title: 'Su pago todavía se está procesando',
      body: 'Espere unos segundos y vuelva a intentarlo. No se le cobrará dos veces.',
    },
  },
  fields: {
    required: 'Rellene el campo «{label}»',
    select: 'Seleccione una opción en el campo «{label}»',
    format: 'Rellene el campo «{label}» con el formato correcto',
    length: 'El campo «{label}» es demasiado largo o demasiado corto',
    tooLong: 'El campo «{label}» es demasiado largo',
    tooShort: 'El campo «{label}» es demasiado corto',
    maxLength: 'El campo «{label}» debe tener {max} caracteres como máximo',
    minLength: 'El campo «{label}» debe tener al menos {min} caracteres',
    lengthRange: 'El campo «{label}» debe tener entre {min} y {max} caracteres',
    min: 'El campo «{label}» debe ser {min} o más',
    max: 'El campo «{label}» debe ser {max} o menos',
    tooSmall: 'Introduzca un número más alto en el campo «{label}»',
    tooLarge: 'Introduzca un número más bajo en el campo «{label}»',
    characters: 'El campo «{label}» no debe contener caracteres especiales como < > o &',
    invalid: 'Vuelva a rellenar el campo «{label}»: no se ha aceptado',
    cvc: 'Rellene el campo «{label}» con los 3 o 4 dígitos impresos en su tarjeta',
    number: 'Rellene el campo «{label}» exactamente como figura en su tarjeta',
    expiry: 'Rellene el campo «{label}» exactamente como figura en su tarjeta',
    expired: 'La tarjeta ha caducado: use otra tarjeta',
    postcode:
      'Rellene el campo «{label}» con el código postal de la dirección asociada a su tarjeta',
    amount: 'Rellene el campo «{label}» con un número, por ejemplo 12,50',
    amountMin: 'Introduzca un importe de al menos {min}',
    amountMax: 'Introduzca un importe de {max} como máximo',
    amountTooSmall: 'Introduzca un importe mayor',
    amountTooLarge: 'Introduzca un importe menor',
  },
  unlabelledFields: {
    required: 'Rellene este campo',
    select: 'Seleccione una opción',
    format: 'Rellene este campo con el formato correcto',
    length: 'Este campo es demasiado largo o demasiado corto',
    tooLong: 'Este campo es demasiado largo',
    tooShort: 'Este campo es demasiado corto',
    maxLength: 'Este campo debe tener {max} caracteres como máximo',
    minLength: 'Este campo debe tener al menos {min} caracteres',
    lengthRange: 'Este campo debe tener entre {min} y {max} caracteres',
    min: 'Este campo debe ser {min} o más',
    max: 'Este campo debe ser {max} o menos',
    tooSmall: 'Introduzca un número más alto',
    tooLarge: 'Introduzca un número más bajo',
    characters: 'Este campo no debe contener caracteres especiales como < > o &',
    invalid: 'Vuelva a rellenar este campo: no se ha aceptado',
    cvc: 'Introduzca el código de seguridad de 3 o 4 dígitos',
    number: 'Introduzca el número de tarjeta tal como aparece en su tarjeta',
    expiry: 'Introduzca la fecha de caducidad tal como aparece en su tarjeta',
    expired: 'La tarjeta ha caducado: use otra tarjeta',
    postcode: 'Introduzca el código postal de la dirección asociada a su tarjeta',
    amount: 'Introduzca el importe como un número, por ejemplo 12,50',
    amountMin: 'Introduzca un importe de al menos {min}',
    amountMax: 'Introduzca un importe de {max} como máximo',
    amountTooSmall: 'Introduzca un importe mayor',
    amountTooLarge: 'Introduzca un importe menor',
  },
  reference: 'Referencia: {reference}',
  notTaken: 'No se le ha cobrado nada.',
  cannotRetry: {
    title: 'La operación no se ha completado',
    body: 'Contacte con atención al cliente para que puedan revisarlo.',
    action: 'Contacte con atención al cliente',
  },
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
    stillTrying: 'Seguimos intentándolo: intento {attempt} de {max}',
    stopWaiting: 'Dejar de esperar',
    supportTitle: 'Contactar con soporte',
    supportEmail: 'Correo electrónico',
    supportPhone: 'Teléfono',
    supportWebsite: 'Centro de ayuda',
    dismiss: 'Cerrar',
  },
}

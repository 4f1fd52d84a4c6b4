import type { MessageCatalog } from '../messageCatalog.js'

// Einfache Worte, die jede Kundin und jeder Kunde versteht: was passiert ist und was als Nächstes zu tun ist.
// Anrede mit „Sie“. Kein „hoppla“, kein „bitte“, kein „ungültig“. Feldmeldungen nennen das Feld („{label}“),
// damit sie unabhängig vom Genus der Beschriftung stimmen.

/** German copy (Sie). */
export const de: MessageCatalog = {
  locale: 'de',
  kinds: {
    'fix-input': {
      title: 'Einige Angaben müssen geändert werden',
      body: 'Die markierten Angaben wurden nicht angenommen. Korrigieren Sie sie und fahren Sie dann fort.',
      action: 'Korrigieren Sie die Angaben',
    },
    declined: {
      title: 'Ihre Zahlung wurde abgelehnt',
      body: 'Ihr Kartenanbieter hat keinen Grund genannt: Fragen Sie dort nach.',
      action: 'Verwenden Sie eine andere Karte oder Zahlungsart',
    },
    'retry-later': {
      title: 'Es gibt ein vorübergehendes Problem',
      body: 'Sie können es in wenigen Augenblicken gefahrlos erneut versuchen.',
      action: 'Versuchen Sie es erneut',
    },
    'contact-support': {
      title: 'Wir konnten den Vorgang nicht abschließen',
      body: 'Wenden Sie sich an den Kundenservice, damit man sich darum kümmern kann.',
      action: 'Kontaktieren Sie den Kundenservice',
    },
  },
  reasons: {
    'outcome-unknown': {
      title: 'Wir wissen noch nicht, ob Ihre Zahlung ausgeführt wurde',
      body: 'Zahlen Sie nicht erneut, bevor Sie Ihren Bestellstatus geprüft oder den Kundenservice kontaktiert haben.',
      action: 'Prüfen Sie Ihren Bestellstatus',
    },
    pending: {
      title: 'Ihre Zahlung wird bearbeitet',
      body: 'Zahlen Sie nicht erneut, bevor Sie Ihren Bestellstatus geprüft haben. Prüfen Sie ihn in einigen Minuten.',
      action: 'Prüfen Sie Ihren Bestellstatus',
    },
    'duplicate-request': {
      title: 'Diese Zahlung wurde möglicherweise bereits ausgeführt',
      body: 'Es gibt bereits eine Zahlung mit derselben Referenz. Zahlen Sie nicht erneut, bevor Sie Ihren Bestellstatus geprüft haben.',
      action: 'Prüfen Sie Ihren Bestellstatus',
    },
    'idempotency-conflict': {
      title: 'Diese Zahlung wurde möglicherweise bereits ausgeführt',
      body: 'Wir haben diese Zahlungsanfrage bereits erhalten. Zahlen Sie nicht erneut, bevor Sie Ihren Bestellstatus geprüft haben.',
      action: 'Prüfen Sie Ihren Bestellstatus',
    },
    'partially-completed': {
      title: 'Ihre Zahlung wurde nur teilweise ausgeführt',
      body: 'Zahlen Sie nicht erneut, bevor Sie Ihren Bestellstatus geprüft haben. Wenden Sie sich zuerst an den Kundenservice, damit Ihnen nichts doppelt berechnet wird.',
    },
    'insufficient-funds': { body: 'Auf dem Konto ist nicht genug Geld für diese Zahlung.' },
    'limit-exceeded': { body: 'Diese Zahlung überschreitet ein Limit der Karte oder des Kontos.' },
    'expired-card': {
      title: 'Die Karte ist abgelaufen',
      body: 'Verwenden Sie eine Karte, die noch gültig ist, oder korrigieren Sie das Ablaufdatum, falls Sie sich vertippt haben.',
    },
    'incorrect-cvc': {
      title: 'Der Sicherheitscode passt nicht zur Karte',
      body: 'Geben Sie den 3- oder 4-stelligen Sicherheitscode ein, der auf der Karte aufgedruckt ist.',
      action: 'Korrigieren Sie den Sicherheitscode',
    },
    'incorrect-number': {
      title: 'Die Kartennummer stimmt nicht',
      body: 'Geben Sie die Kartennummer genau so ein, wie sie auf Ihrer Karte steht.',
      action: 'Korrigieren Sie die Kartennummer',
    },
    'incorrect-expiry': {
      title: 'Das Ablaufdatum passt nicht zur Karte',
      body: 'Geben Sie das Ablaufdatum genau so ein, wie es auf Ihrer Karte steht.',
      action: 'Korrigieren Sie das Ablaufdatum',
    },
    'incorrect-postcode': {
      title: 'Die Postleitzahl passt nicht zur Karte',
      body: 'Geben Sie die Postleitzahl der Adresse ein, auf die Ihre Karte läuft.',
      action: 'Korrigieren Sie die Postleitzahl',
    },
    'card-not-supported': { body: 'Diese Karte kann für diese Zahlung nicht verwendet werden.' },
    'authentication-required': {
      body: 'Ihre Bank möchte, dass Sie diese Zahlung bestätigen. Bestätigen Sie sie beim Bezahlen in Ihrer Banking-App oder auf der Seite, die Ihre Bank anzeigt.',
      action: 'Bezahlen und bei Ihrer Bank bestätigen',
    },
    'account-disabled': {
      body: 'Dieses Konto kann derzeit keine Zahlungen senden oder empfangen.',
    },
    'payment-failed': { title: 'Ihre Zahlung wurde nicht ausgeführt' },
    'issuer-unavailable': {
      title: 'Ihr Kartenanbieter hat nicht geantwortet',
      body: 'Versuchen Sie es in einigen Minuten erneut.',
    },
    'rate-limited': {
      title: 'Das System ist gerade stark ausgelastet',
      body: 'Das liegt nicht an Ihren Angaben. Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
    },
    offline: {
      title: 'Sie sind offline',
      body: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    },
    'network-error': {
      title: 'Verbindungsproblem',
      body: 'Wir konnten den Server nicht erreichen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    },
    timeout: {
      title: 'Es kam nicht rechtzeitig eine Antwort',
      body: 'Die Zeit für die Anfrage ist abgelaufen. Sie können es gefahrlos erneut versuchen: Es wird Ihnen nichts doppelt berechnet.',
    },
    aborted: { title: 'Abgebrochen', body: 'Die Anfrage wurde abgebrochen.' },
    'invalid-characters': {
      body: 'Einige Angaben enthalten Zeichen, die wir nicht akzeptieren können. Entfernen Sie Sonderzeichen wie < > oder & und fahren Sie dann fort.',
    },
    'too-large': {
      title: 'Die Datei ist zu groß',
      body: 'Wählen Sie eine kleinere Datei.',
      action: 'Wählen Sie eine andere Datei',
    },
    'unsupported-file-type': {
      title: 'Dieser Dateityp wird nicht akzeptiert',
      body: 'Wählen Sie eine Datei in einem anderen Format.',
      action: 'Wählen Sie eine andere Datei',
    },
    'configuration-error': {
      title: 'Wir können keine Kartenzahlungen annehmen',
      body: 'Das Problem liegt bei unserer Zahlungseinrichtung, nicht bei Ihrer Karte. Wenden Sie sich an den Support, damit er es beheben kann.',
    },
    'card-details-expired': {
      title: 'Geben Sie Ihre Kartendaten erneut ein',
      body: 'Die eingegebenen Kartendaten sind abgelaufen. Geben Sie sie erneut ein, um zu bezahlen.',
      action: 'Kartendaten eingeben',
    },
    'request-in-progress': {
      title: 'Ihre Zahlung wird noch bearbeitet',
      body: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut. Es wird Ihnen nichts doppelt berechnet.',
    },
  },
  fields: {
    required: 'Füllen Sie das Feld „{label}“ aus',
    select: 'Wählen Sie im Feld „{label}“ eine Option aus',
    format: 'Füllen Sie das Feld „{label}“ im richtigen Format aus',
    length: 'Die Eingabe im Feld „{label}“ ist zu lang oder zu kurz',
    tooLong: 'Die Eingabe im Feld „{label}“ ist zu lang',
    tooShort: 'Die Eingabe im Feld „{label}“ ist zu kurz',
    maxLength: 'Das Feld „{label}“ darf höchstens {max} Zeichen lang sein',
    minLength: 'Das Feld „{label}“ muss mindestens {min} Zeichen lang sein',
    lengthRange: 'Das Feld „{label}“ muss zwischen {min} und {max} Zeichen lang sein',
    min: 'Der Wert im Feld „{label}“ muss mindestens {min} sein',
    max: 'Der Wert im Feld „{label}“ darf höchstens {max} sein',
    tooSmall: 'Geben Sie im Feld „{label}“ eine höhere Zahl ein',
    tooLarge: 'Geben Sie im Feld „{label}“ eine niedrigere Zahl ein',
    characters: 'Das Feld „{label}“ darf keine Sonderzeichen wie < > oder & enthalten',
    invalid: 'Füllen Sie das Feld „{label}“ neu aus: Die Eingabe wurde nicht angenommen',
    cvc: 'Geben Sie im Feld „{label}“ die 3 oder 4 Ziffern ein, die auf Ihrer Karte aufgedruckt sind',
    number: 'Füllen Sie das Feld „{label}“ genau wie auf Ihrer Karte angegeben aus',
    expiry: 'Füllen Sie das Feld „{label}“ genau wie auf Ihrer Karte angegeben aus',
    expired: 'Die Karte ist abgelaufen: Verwenden Sie eine andere Karte',
    postcode:
      'Geben Sie im Feld „{label}“ die Postleitzahl der Adresse ein, auf die Ihre Karte läuft',
    amount: 'Geben Sie im Feld „{label}“ eine Zahl ein, zum Beispiel 12,50',
    amountMin: 'Geben Sie einen Betrag von mindestens {min} ein',
    amountMax: 'Geben Sie einen Betrag von höchstens {max} ein',
    amountTooSmall: 'Geben Sie einen höheren Betrag ein',
    amountTooLarge: 'Geben Sie einen niedrigeren Betrag ein',
  },
  unlabelledFields: {
    required: 'Füllen Sie dieses Feld aus',
    select: 'Wählen Sie eine Option aus',
    format: 'Füllen Sie dieses Feld im richtigen Format aus',
    length: 'Die Eingabe ist zu lang oder zu kurz',
    tooLong: 'Die Eingabe ist zu lang',
    tooShort: 'Die Eingabe ist zu kurz',
    maxLength: 'Die Eingabe darf höchstens {max} Zeichen lang sein',
    minLength: 'Die Eingabe muss mindestens {min} Zeichen lang sein',
    lengthRange: 'Die Eingabe muss zwischen {min} und {max} Zeichen lang sein',
    min: 'Der Wert muss mindestens {min} sein',
    max: 'Der Wert darf höchstens {max} sein',
    tooSmall: 'Geben Sie eine höhere Zahl ein',
    tooLarge: 'Geben Sie eine niedrigere Zahl ein',
    characters: 'Die Eingabe darf keine Sonderzeichen wie < > oder & enthalten',
    invalid: 'Füllen Sie dieses Feld neu aus: Die Eingabe wurde nicht angenommen',
    cvc: 'Geben Sie den 3- oder 4-stelligen Sicherheitscode ein',
    number: 'Geben Sie die Kartennummer genau so ein, wie sie auf Ihrer Karte steht',
    expiry: 'Geben Sie das Ablaufdatum genau so ein, wie es auf Ihrer Karte steht',
    expired: 'Die Karte ist abgelaufen: Verwenden Sie eine andere Karte',
    postcode: 'Geben Sie die Postleitzahl der Adresse ein, auf die Ihre Karte läuft',
    amount: 'Geben Sie den Betrag als Zahl ein, zum Beispiel 12,50',
    amountMin: 'Geben Sie einen Betrag von mindestens {min} ein',
    amountMax: 'Geben Sie einen Betrag von höchstens {max} ein',
    amountTooSmall: 'Geben Sie einen höheren Betrag ein',
    amountTooLarge: 'Geben Sie einen niedrigeren Betrag ein',
  },
  reference: 'Referenz: {reference}',
  notTaken: 'Es wurde kein Geld abgebucht.',
  cannotRetry: {
    title: 'Der Vorgang wurde nicht ausgeführt',
    body: 'Wenden Sie sich an den Kundenservice, damit man sich darum kümmern kann.',
    action: 'Kontaktieren Sie den Kundenservice',
  },
  ui: {
    summaryTitle: 'Es gibt ein Problem',
    errorPrefix: 'Fehler:',
    copyReference: 'Referenz kopieren',
    referenceCopied: 'Referenz kopiert',
    referenceCopyFailed:
      'Kopieren hat nicht funktioniert: Die Referenz ist markiert, kopieren Sie sie mit der Tastatur oder dem Menü.',
    retryIn: 'Erneut versuchen in {seconds} s',
    nextAttemptIn: 'Nächster Versuch in {seconds} s',
    retryReady: 'Sie können es jetzt erneut versuchen.',
    retryingAutomatically: 'Wird erneut versucht …',
    supportTitle: 'Support kontaktieren',
    supportEmail: 'E-Mail',
    supportPhone: 'Telefon',
    supportWebsite: 'Hilfe-Center',
    dismiss: 'Schließen',
  },
}

import type { MessageCatalog } from '../messageCatalog.js'

// Einfache Worte, die jede Kundin und jeder Kunde versteht: was passiert ist und was als Nächstes zu tun ist.
// Anrede mit „Sie“. Kein „hoppla“, kein „bitte“, kein „ungültig“. Feldmeldungen nennen das Feld („{label}“),
// damit sie unabhängig vom Genus der Beschriftung stimmen.

/** German copy (Sie). */
export const de: MessageCatalog = {
  locale: 'de',
  kinds: {
    'fix-input': {
      title: 'Prüfen Sie Ihre Angaben',
      body: 'Einige Angaben müssen geändert werden, bevor es weitergehen kann.',
      action: 'Korrigieren Sie die markierten Angaben',
    },
    declined: {
      title: 'Ihre Zahlung wurde abgelehnt',
      body: 'Ihr Kartenanbieter hat diese Zahlung nicht angenommen.',
      action: 'Verwenden Sie eine andere Karte oder Zahlungsart',
    },
    'retry-later': {
      title: 'Kurzzeitig ist ein Fehler aufgetreten',
      body: 'Wenn Sie es gleich noch einmal versuchen, sollte es funktionieren.',
      action: 'Versuchen Sie es erneut',
    },
    'contact-support': {
      title: 'Wir können den Vorgang gerade nicht abschließen',
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
      body: 'Zahlen Sie nicht erneut, bevor Sie Ihren Bestellstatus geprüft haben. Wenden Sie sich vor einem neuen Versuch an den Kundenservice, damit Ihnen nichts doppelt berechnet wird.',
    },
    'insufficient-funds': { body: 'Auf dem Konto ist nicht genug Geld für diese Zahlung.' },
    'limit-exceeded': { body: 'Diese Zahlung überschreitet ein Limit der Karte oder des Kontos.' },
    'expired-card': {
      title: 'Die Karte ist abgelaufen',
      body: 'Prüfen Sie das Ablaufdatum oder verwenden Sie eine andere Karte.',
    },
    'incorrect-cvc': {
      title: 'Prüfen Sie den Sicherheitscode',
      body: 'Der Sicherheitscode passt nicht zur Karte. Es sind die 3 oder 4 Ziffern, die auf der Karte aufgedruckt sind.',
      action: 'Korrigieren Sie den Sicherheitscode',
    },
    'incorrect-number': {
      title: 'Prüfen Sie die Kartennummer',
      body: 'Die Kartennummer stimmt nicht. Vergleichen Sie sie mit Ihrer Karte.',
      action: 'Korrigieren Sie die Kartennummer',
    },
    'incorrect-expiry': {
      title: 'Prüfen Sie das Ablaufdatum',
      body: 'Das Ablaufdatum passt nicht zur Karte.',
      action: 'Korrigieren Sie das Ablaufdatum',
    },
    'incorrect-postcode': {
      title: 'Prüfen Sie die Postleitzahl',
      body: 'Die Postleitzahl passt nicht zur Rechnungsadresse der Karte.',
      action: 'Korrigieren Sie die Postleitzahl',
    },
    'card-not-supported': { body: 'Diese Karte kann für diese Zahlung nicht verwendet werden.' },
    'authentication-required': {
      body: 'Ihre Bank möchte, dass Sie diese Zahlung bestätigen.',
      action: 'Versuchen Sie es erneut und bestätigen Sie die Zahlung bei Ihrer Bank',
    },
    'account-disabled': {
      body: 'Dieses Konto kann derzeit keine Zahlungen senden oder empfangen.',
    },
    'payment-failed': {
      title: 'Ihre Zahlung wurde nicht ausgeführt',
      body: 'Es wurde kein Geld abgebucht.',
    },
    'issuer-unavailable': {
      title: 'Ihr Kartenanbieter hat nicht geantwortet',
      body: 'Es wurde kein Geld abgebucht. Versuchen Sie es in einigen Minuten erneut.',
    },
    'rate-limited': {
      title: 'Zu viele Versuche',
      body: 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
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
      title: 'Das dauert zu lange',
      body: 'Der Server hat nicht rechtzeitig geantwortet.',
    },
    aborted: { title: 'Abgebrochen', body: 'Die Anfrage wurde abgebrochen.' },
    'invalid-characters': {
      body: 'Einige Angaben enthalten Zeichen, die wir nicht akzeptieren können. Entfernen Sie Sonderzeichen und versuchen Sie es erneut.',
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
      title: 'Kartenzahlungen sind gerade nicht möglich',
      body: 'Das Problem liegt bei unserer Zahlungseinrichtung, nicht bei Ihrer Karte. Es wurde kein Geld abgebucht. Wenden Sie sich an den Support, damit er es beheben kann.',
    },
    'card-details-expired': {
      title: 'Geben Sie Ihre Kartendaten erneut ein',
      body: 'Die eingegebenen Kartendaten sind abgelaufen. Geben Sie sie erneut ein, um zu bezahlen.',
      action: 'Kartendaten eingeben',
    },
  },
  fields: {
    required: 'Füllen Sie das Feld „{label}“ aus',
    format: 'Füllen Sie das Feld „{label}“ im richtigen Format aus',
    length: 'Die Eingabe im Feld „{label}“ ist zu lang oder zu kurz',
    characters: 'Das Feld „{label}“ enthält Zeichen, die wir nicht akzeptieren können',
    expired: 'Die Karte ist abgelaufen: Prüfen Sie das Feld „{label}“',
    expiry: 'Prüfen Sie das Feld „{label}“',
    cvc: 'Prüfen Sie das Feld „{label}“',
    number: 'Prüfen Sie das Feld „{label}“',
    postcode: 'Prüfen Sie das Feld „{label}“',
    invalid: 'Prüfen Sie das Feld „{label}“',
  },
  unlabelledFields: {
    required: 'Füllen Sie dieses Feld aus',
    format: 'Füllen Sie dieses Feld im richtigen Format aus',
    length: 'Die Eingabe ist zu lang oder zu kurz',
    characters: 'Die Eingabe enthält Zeichen, die wir nicht akzeptieren können',
    expired: 'Die Karte ist abgelaufen',
    expiry: 'Prüfen Sie das Ablaufdatum',
    cvc: 'Prüfen Sie den Sicherheitscode',
    number: 'Prüfen Sie die Kartennummer',
    postcode: 'Prüfen Sie die Postleitzahl',
    invalid: 'Prüfen Sie diese Eingabe',
  },
  reference: 'Referenz: {reference}',
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

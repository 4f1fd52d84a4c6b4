// What the copy tests must know of each locale's own words: the words customers never see, how the locale offers
// another attempt, and its money-safety sentence. A new locale is its catalog (packages/core/src/locales/<code>.ts,
// found by the tests and the build on their own) and its entry here: two files.
import type { MessageCatalog } from '@recourse/core'

export interface LocalePhrases {
  /**
   * Words customers should never see, matched case-insensitively at the start of a word, so inflections
   * ("inválidos", "ungültige", "invalides") are caught too. Customers never hear of the keys that keep a payment
   * single ("idempoten").
   */
  banned: string[]
  /**
   * How the locale offers another attempt, matched anywhere in a title, body or action. "Pay again" is not among
   * them: "Do not pay again" is the money-safety sentence every uncertain outcome must say.
   */
  retry: RegExp[]
  /** Where a payment may already have been taken, the plain "do not pay again until you have checked" (English is the source). */
  doNotPayAgain?: string
}

export const localePhrases: Record<string, LocalePhrases> = {
  en: {
    banned: ['oops', 'please', 'invalid', 'sorry', 'idempoten'],
    retry: [/\btry (it )?again\b/i, /\bretry\b/i, /\btry later\b/i, /\bsend it again\b/i],
  },
  es: {
    banned: ['por favor', 'inválido', 'inválida', 'ups', 'idempoten'],
    retry: [
      /\b(vuelva|volver|volviendo) a intentar/i,
      /\bint[eé]ntelo\b/i,
      /\breintent/i,
      /\bintentar(lo)? de nuevo\b/i,
      /\bnuevo intento\b/i,
    ],
    doNotPayAgain: 'No vuelva a pagar hasta haber comprobado el estado de su pedido',
  },
  fr: {
    banned: ["s'il vous plaît", 's’il vous plaît', 'veuillez', 'invalide', 'oups', 'idempoten'],
    retry: [
      /\bré-?essa/i,
      /\b(essayez|tentez)\b.{0,20}\b(nouveau|encore)\b/i,
      /\bnouvel(le)? (essai|tentative)\b/i,
      /\brecommencez\b/i,
    ],
    doNotPayAgain: "Ne payez pas à nouveau avant d'avoir vérifié l'état de votre commande",
  },
  de: {
    banned: ['bitte', 'ungültig', 'hoppla', 'idempoten'],
    retry: [
      /\berneut versuch/i,
      /\bnoch (ein)?mal versuch/i,
      /\bversuchen sie es\b/i,
      /\bneue[nm]? versuch/i,
      /\bwiederholen\b/i,
    ],
    doNotPayAgain: 'Zahlen Sie nicht erneut, bevor Sie Ihren Bestellstatus geprüft',
  },
}

const modules = import.meta.glob<Record<string, MessageCatalog>>(
  ['../packages/core/src/locales/*.ts', '!../packages/core/src/locales/*.test.ts'],
  { eager: true },
)

/** Every catalog in packages/core/src/locales, by its code (the file's name): no list to keep. */
export const catalogs: Record<string, MessageCatalog> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => {
    const code = /([\w-]+)\.ts$/.exec(path)?.[1] ?? path
    const catalog = module[code]
    if (!catalog) throw new Error(`${path} must export its catalog as \`${code}\``)
    return [code, catalog]
  }),
)

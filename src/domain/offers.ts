import type { OfferInfo, OfferKey, StoredSubscription } from './model';
import { OFFER_KEYS, OFFERS } from './model';

export function offerOf(sub: StoredSubscription): OfferInfo {
  return OFFERS[sub.offer];
}

/** Several offers share a quota id (both Visual Studio offers), so the offer id is the key. */
export function offerKeyByOfferId(offerId: string): OfferKey | undefined {
  return OFFER_KEYS.find((k) => OFFERS[k].offerId.toLowerCase() === offerId.toLowerCase());
}

/** R10 / R11: can the account admin bring it back without support? */
export function isSelfServiceReactivation(offer: OfferKey): boolean {
  return OFFERS[offer].reactivationPath === 'self-service';
}

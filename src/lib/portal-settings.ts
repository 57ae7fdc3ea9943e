import { pluginOptions } from "./plugin-options"

/** Portal behaviour settings (plugin options, environment fallbacks): see README "Configuration". */
export const portalSettings = () => {
  const o = pluginOptions()
  return {
    storefrontUrl: o.storefrontUrl,
    invitationTtlDays: o.company.invitationTtlDays,
    managerNotificationEmail: o.company.managerNotificationEmail,
    impersonationTtlMinutes: o.company.impersonationTtlMinutes,
    consentTextVersion: o.company.consentTextVersion,
    /** Stock reservations of placed orders: on by default; false releases them as soon as the order is placed. */
    reservationEnabled: o.ordering.reservationEnabled,
    /** Hours an order's reservation is held, per order status (statuses not listed keep it until fulfilment). */
    reservationHoursByStatus: o.ordering.reservationHoursByStatus,
    /** Regional assortment: a buyer with a region sees only products stocked in (or deliverable to) it. Off by default. */
    regionalAssortment: o.ordering.regionalAssortment,
    /** Payment provider of "on account" (invoice) payment: the default of every B2B checkout and one-click order. */
    onAccountProviderId: o.ordering.onAccountProviderId,
    /** Visitors who are not logged in may place a one-click order with a phone and e-mail (off by default). */
    guestOneClick: o.ordering.guestOneClick,
    /** Guest one-click orders accepted per phone and per IP address in an hour. */
    guestOrdersPerHour: o.ordering.guestOrdersPerHour,
    // order split (POST /store/b2b/carts/:id/place): seller organizations are always separate orders;
    // "availability" also splits what the selected warehouse has from what is to be delivered,
    // as separate shipments of one order ("shipments") or as separate orders ("orders")
    orderSplit: o.ordering.orderSplit,
    orderSplitMode: o.ordering.orderSplitMode,
  }
}

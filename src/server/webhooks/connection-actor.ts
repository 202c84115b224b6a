// Each connection acts through a user row of its own, inactive and without a password, so
// that DealEvent.actorId names it and every history, feed and export shows the
// connection's name without a second kind of actor (decision 019). They are kept out of
// the people lists by this email domain, which no real address can have (.invalid).

export const integrationActorEmailDomain = '@integrations.cadence.invalid';

export function integrationActorEmail(connectionId: string): string {
  return `connection-${connectionId.toLowerCase()}${integrationActorEmailDomain}`;
}

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { maxEventsPerDelivery, textOf, toIsoInstant, type NormalizedEvent, type WebhookFieldValues } from './normalized-event';

// Salesforce Outbound Messages: a SOAP envelope whose <notifications> carries the
// OrganizationId and 1 to 100 <Notification> elements, each with its own Id (the event
// id Salesforce repeats on a retry) and the Opportunity's fields the admin chose to send.
// Salesforce retries until it receives an Ack of true.

export type SalesforceParse =
  | { ok: true; organizationId: string; events: NormalizedEvent[]; ignored: number }
  | { ok: false; reason: string };

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === 'Notification',
});

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The text of an element, or null when it is absent or xsi:nil. */
function textOfElement(value: unknown): string | null {
  const record = asRecord(value);
  if (record) return record['@nil'] === 'true' ? null : textOf(record['#text'] ?? '');
  return textOf(value);
}

function opportunityFields(sObject: Record<string, unknown>): WebhookFieldValues {
  const fields: WebhookFieldValues = {};
  const read = (name: string) => textOfElement(sObject[name]);
  if ('Name' in sObject) fields.title = read('Name');
  if ('Account_Name__c' in sObject) fields.account = read('Account_Name__c');
  if ('Amount' in sObject) fields.amount = read('Amount');
  if ('CurrencyIsoCode' in sObject) fields.currency = read('CurrencyIsoCode');
  if ('StageName' in sObject) fields.stage = read('StageName');
  if ('OwnerId' in sObject) fields.owner = read('OwnerId');
  if ('CloseDate' in sObject) {
    const date = read('CloseDate');
    fields.closeDate = date ? toIsoInstant(`${date.slice(0, 10)}T12:00:00Z`) : null;
  }
  if ('IsClosed' in sObject || 'IsWon' in sObject) {
    const isClosed = read('IsClosed');
    const isWon = read('IsWon');
    if (isClosed === 'false') fields.outcome = 'OPEN';
    else if (isWon === 'true') fields.outcome = 'WON';
    else if (isClosed === 'true' && isWon === 'false') fields.outcome = 'LOST';
  }
  if ('IsDeleted' in sObject) fields.deleted = read('IsDeleted') === 'true' ? 'true' : 'false';
  return fields;
}

export function parseSalesforceMessage(xml: string): SalesforceParse {
  // No document type declarations: entity expansion is a way to blow up a parser.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, reason: 'XML with a DOCTYPE or ENTITY declaration is refused.' };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, reason: `The body is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).` };
  const document = asRecord(parser.parse(xml));
  const envelope = asRecord(document?.Envelope);
  const body = asRecord(envelope?.Body);
  const notifications = asRecord(body?.notifications);
  if (!notifications) return { ok: false, reason: 'Not a Salesforce outbound message: no soap Envelope/Body/notifications.' };
  const organizationId = textOfElement(notifications.OrganizationId);
  if (!organizationId) return { ok: false, reason: 'The outbound message has no OrganizationId.' };
  const list = Array.isArray(notifications.Notification) ? notifications.Notification : [];
  if (list.length === 0) return { ok: false, reason: 'The outbound message carries no Notification.' };
  if (list.length > maxEventsPerDelivery) return { ok: false, reason: `An outbound message carries at most ${maxEventsPerDelivery} notifications; this one has ${list.length}.` };
  const events: NormalizedEvent[] = [];
  let ignored = 0;
  for (const item of list) {
    const notification = asRecord(item);
    const id = textOfElement(notification?.Id);
    const sObject = asRecord(notification?.sObject);
    if (!notification || !id || !sObject) return { ok: false, reason: 'A Notification lacks its Id or sObject.' };
    const type = textOf(sObject['@type'])?.replace(/^.*:/, '') ?? 'Opportunity';
    if (type !== 'Opportunity') {
      ignored += 1;
      continue;
    }
    const externalDealId = textOfElement(sObject.Id);
    if (!externalDealId) return { ok: false, reason: `Notification ${id}: the Opportunity has no Id.` };
    const occurredAt = toIsoInstant(textOfElement(sObject.SystemModstamp) ?? textOfElement(sObject.LastModifiedDate));
    if (!occurredAt) return { ok: false, reason: `Notification ${id}: send LastModifiedDate or SystemModstamp, so that changes can be put in order.` };
    events.push({ sourceEventId: id, externalDealId, occurredAt, kind: 'Opportunity', fields: opportunityFields(sObject) });
  }
  return { ok: true, organizationId, events, ignored };
}

/** What Salesforce must receive to stop retrying a message. */
export function salesforceAck(isAcknowledged: boolean): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">' +
    '<soapenv:Body><notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound">' +
    `<Ack>${isAcknowledged ? 'true' : 'false'}</Ack>` +
    '</notificationsResponse></soapenv:Body></soapenv:Envelope>'
  );
}

/** A SOAP fault, for a message Cadence refuses (Salesforce shows its text in the queue). */
export function salesforceFault(message: string): string {
  const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>' +
    `<soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>${escaped}</faultstring></soapenv:Fault>` +
    '</soapenv:Body></soapenv:Envelope>'
  );
}

/** Salesforce ids compare on their 15 case-sensitive characters (the 18-character form adds a checksum). */
export function isSameSalesforceId(a: string, b: string): boolean {
  return a.slice(0, 15) === b.slice(0, 15);
}

import { describe, expect, it } from 'vitest';
import { parseHubSpotPayload } from './hubspot-payload';
import { parsePipedrivePayload } from './pipedrive-payload';
import { parseSalesforceMessage, salesforceAck } from './salesforce-payload';
import { parseGenericPayload } from './generic-payload';

describe('HubSpot batches', () => {
  it('turns deal events into changes and ignores other objects and properties', () => {
    const parsed = parseHubSpotPayload([
      { eventId: 11, subscriptionType: 'deal.creation', objectId: 501, occurredAt: 1764748800000 },
      { eventId: 12, subscriptionType: 'deal.propertyChange', objectId: 501, occurredAt: 1764748801000, propertyName: 'dealstage', propertyValue: 'closedwon' },
      { eventId: 13, subscriptionType: 'deal.propertyChange', objectId: 501, occurredAt: 1764748802000, propertyName: 'amount', propertyValue: '1500.50' },
      { eventId: 14, subscriptionType: 'deal.propertyChange', objectId: 501, occurredAt: 1764748802000, propertyName: 'hubspot_owner_id', propertyValue: '777' },
      { eventId: 15, subscriptionType: 'deal.propertyChange', objectId: 501, occurredAt: 1764748802000, propertyName: 'description', propertyValue: 'x' },
      { eventId: 16, subscriptionType: 'contact.creation', objectId: 9, occurredAt: 1764748802000 },
      { eventId: 17, subscriptionType: 'deal.deletion', objectId: 502, occurredAt: 1764748803000 },
    ]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.ignored).toBe(2);
    expect(parsed.events.map((event) => [event.sourceEventId, event.externalDealId, event.fields])).toEqual([
      ['11', '501', { deleted: 'false' }],
      ['12', '501', { stage: 'closedwon', outcome: 'WON' }],
      ['13', '501', { amount: '1500.50' }],
      ['14', '501', { owner: '777' }],
      ['17', '502', { deleted: 'true' }],
    ]);
    expect(parsed.events[0]!.occurredAt).toBe('2025-12-03T08:00:00.000Z');
  });

  it('refuses what is not a batch of events', () => {
    expect(parseHubSpotPayload({ eventId: 1 }).ok).toBe(false);
    expect(parseHubSpotPayload([]).ok).toBe(false);
    expect(parseHubSpotPayload([{ eventId: 1, subscriptionType: 'deal.creation', objectId: 1, occurredAt: 'never' }]).ok).toBe(false);
    expect(parseHubSpotPayload(Array.from({ length: 101 }, (_, index) => ({ eventId: index, subscriptionType: 'deal.creation', objectId: 1, occurredAt: 1 }))).ok).toBe(false);
  });
});

describe('Pipedrive v2 webhooks', () => {
  it('reads a change with the deal as it is now', () => {
    const parsed = parsePipedrivePayload({
      meta: { id: 'e-1', action: 'change', entity: 'deal', entity_id: '42', timestamp: '2026-12-03T08:00:00.000Z', version: '2.0' },
      data: { id: 42, title: 'Rollout', value: 1200, currency: 'EUR', stage_id: 3, owner_id: 9, status: 'won', won_time: '2026-12-03T07:59:00Z', expected_close_date: '2026-12-20' },
      previous: { status: 'open' },
    });
    expect(parsed).toMatchObject({ ok: true, events: [{ sourceEventId: 'e-1', externalDealId: '42', fields: { title: 'Rollout', amount: '1200', currency: 'EUR', stage: '3', owner: '9', outcome: 'WON', deleted: 'false', closedAt: '2026-12-03T07:59:00.000Z', closeDate: '2026-12-20T12:00:00.000Z' } }] });
  });

  it('reads a deletion, ignores other entities and refuses a body without meta', () => {
    expect(parsePipedrivePayload({ meta: { id: 2, action: 'delete', entity: 'deal', entity_id: 42, timestamp: 1764748800000 }, data: null, previous: {} })).toMatchObject({ ok: true, events: [{ fields: { deleted: 'true' } }] });
    expect(parsePipedrivePayload({ meta: { id: 3, action: 'change', entity: 'person', entity_id: 1, timestamp: 1 }, data: {} })).toEqual({ ok: true, events: [], ignored: 1 });
    expect(parsePipedrivePayload({ data: {} }).ok).toBe(false);
  });
});

const envelope = (notifications: string, organizationId = '00D000000000001AAA') => `<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <soapenv:Body>
  <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
   <OrganizationId>${organizationId}</OrganizationId>
   <ActionId>04k000000000001AAA</ActionId>
   <SessionId xsi:nil="true"/>
   ${notifications}
  </notifications>
 </soapenv:Body>
</soapenv:Envelope>`;

const opportunity = (id: string, fields: string) => `<Notification><Id>${id}</Id><sObject xsi:type="sf:Opportunity" xmlns:sf="urn:sobject.enterprise.soap.sforce.com"><sf:Id>006000000000001AAA</sf:Id>${fields}</sObject></Notification>`;

describe('Salesforce outbound messages', () => {
  it('reads the OrganizationId and every Notification', () => {
    const parsed = parseSalesforceMessage(envelope(
      opportunity('04l1', '<sf:Name>Rollout &amp; more</sf:Name><sf:Amount>12000.0</sf:Amount><sf:StageName>Closed Won</sf:StageName><sf:IsClosed>true</sf:IsClosed><sf:IsWon>true</sf:IsWon><sf:OwnerId>005000000000AdA</sf:OwnerId><sf:SystemModstamp>2026-12-03T08:00:00.000Z</sf:SystemModstamp>') +
      opportunity('04l2', '<sf:StageName>Prospecting</sf:StageName><sf:IsClosed>false</sf:IsClosed><sf:CloseDate>2026-12-24</sf:CloseDate><sf:LastModifiedDate>2026-12-03T07:00:00.000Z</sf:LastModifiedDate>'),
    ));
    expect(parsed).toMatchObject({
      ok: true,
      organizationId: '00D000000000001AAA',
      events: [
        { sourceEventId: '04l1', externalDealId: '006000000000001AAA', occurredAt: '2026-12-03T08:00:00.000Z', fields: { title: 'Rollout & more', amount: '12000.0', stage: 'Closed Won', outcome: 'WON', owner: '005000000000AdA' } },
        { sourceEventId: '04l2', fields: { stage: 'Prospecting', outcome: 'OPEN', closeDate: '2026-12-24T12:00:00.000Z' } },
      ],
    });
  });

  it('refuses malformed XML, DOCTYPEs, missing parts and more than 100 notifications', () => {
    expect(parseSalesforceMessage('<soapenv:Envelope><oops>')).toMatchObject({ ok: false, reason: expect.stringMatching(/well-formed/) });
    expect(parseSalesforceMessage('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>').ok).toBe(false);
    expect(parseSalesforceMessage('<a/>').ok).toBe(false);
    expect(parseSalesforceMessage(envelope('')).ok).toBe(false);
    expect(parseSalesforceMessage(envelope(opportunity('04l1', '<sf:Name>x</sf:Name>'))).ok).toBe(false);
    const many = Array.from({ length: 101 }, (_, index) => opportunity(`n${index}`, '<sf:SystemModstamp>2026-12-03T08:00:00.000Z</sf:SystemModstamp>')).join('');
    expect(parseSalesforceMessage(envelope(many))).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 100/) });
    const hundred = Array.from({ length: 100 }, (_, index) => opportunity(`n${index}`, '<sf:SystemModstamp>2026-12-03T08:00:00.000Z</sf:SystemModstamp>')).join('');
    expect(parseSalesforceMessage(envelope(hundred))).toMatchObject({ ok: true });
  });

  it('acknowledges with Ack true', () => {
    expect(salesforceAck(true)).toContain('<Ack>true</Ack>');
  });
});

describe('the generic format', () => {
  it('reads events and only the fields sent', () => {
    const parsed = parseGenericPayload({ events: [{ id: 'a', dealId: 'd1', occurredAt: '2026-12-03T08:00:00Z', amount: 1200.5, outcome: 'won', owner: 'ada@example.com' }] });
    expect(parsed).toEqual({ ok: true, ignored: 0, events: [{ sourceEventId: 'a', externalDealId: 'd1', occurredAt: '2026-12-03T08:00:00.000Z', kind: 'generic', fields: { amount: '1200.5', outcome: 'WON', owner: 'ada@example.com' } }] });
  });

  it('refuses unknown fields and missing ids', () => {
    expect(parseGenericPayload({ events: [{ id: 'a', dealId: 'd', occurredAt: '2026-12-03T08:00:00Z', colour: 'red' }] }).ok).toBe(false);
    expect(parseGenericPayload({ events: [{ dealId: 'd', occurredAt: '2026-12-03T08:00:00Z' }] }).ok).toBe(false);
    expect(parseGenericPayload([]).ok).toBe(false);
  });
});

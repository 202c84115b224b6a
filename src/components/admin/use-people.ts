'use client';

import { useState } from 'react';
import { z } from 'zod';
import { replaceById } from '@/domain/replace-by-id';
import { ZPasswordLink, ZPerson, ZTeam, type TPasswordLink, type TPerson } from '@/schemas/admin';
import {
  assignableRoles,
  defaultPeopleFilters,
  describePersonDeactivated,
  describePersonSaved,
  handOverCandidates,
  peopleListPath,
  type PeopleFilters,
  type PersonMove,
} from '@/domain/admin/people';
import { apiPath, request } from '@/lib/api-client';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { useLoad } from '@/lib/use-load';

// The people screen's state: the filtered list (and everyone active, for hand-overs), the
// teams, the open dialog, the last notice, and a password link being made.

const ZPeopleList = z.object({ people: z.array(ZPerson) });
const ZTeamList = z.object({ teams: z.array(ZTeam) });
const ZResetReply = z.object({ link: ZPasswordLink });

export type PeopleDialog =
  | { kind: 'invite' }
  | { kind: 'edit'; person: TPerson }
  | { kind: 'deactivate'; person: TPerson }
  | { kind: 'link'; person: TPerson; link: TPasswordLink; title: string }
  | null;

export function usePeople({ isAdmin }: { isAdmin: boolean }) {
  const [filters, setFilters] = useState<PeopleFilters>(defaultPeopleFilters);
  const people = useLoad(peopleListPath(filters), ZPeopleList);
  const everyone = useLoad('/api/admin/people?active=true', ZPeopleList);
  const teams = useLoad('/api/admin/teams', ZTeamList);
  const [dialog, setDialog] = useState<PeopleDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const resetting = useBusyAction();

  function replacePerson(person: TPerson) {
    people.setData((current) => (current ? { people: replaceById(current.people, person) } : current));
    void everyone.reload();
  }

  async function resetPassword(person: TPerson) {
    const reply = await resetting.run(person.id, () => request('POST', apiPath('/api/admin/people', person.id, 'password-reset'), { reply: ZResetReply }));
    if (reply) setDialog({ kind: 'link', person, link: reply.link, title: `New password link for ${person.name}` });
  }

  return {
    filters,
    setFilters,
    people,
    teams,
    roles: assignableRoles(isAdmin),
    dialog,
    setDialog,
    closeDialog: () => setDialog(null),
    notice,
    error: resetting.error ?? people.error,
    resettingId: resetting.busy,
    resetPassword,
    handOverCandidates: (person: TPerson) => handOverCandidates(everyone.data?.people ?? [], person),
    invited(person: TPerson, link: TPasswordLink) {
      setNotice(null);
      void people.reload();
      void everyone.reload();
      setDialog({ kind: 'link', person, link, title: `${person.name} is invited` });
    },
    saved(person: TPerson, moved: PersonMove) {
      replacePerson(person);
      setNotice(describePersonSaved(person, moved));
      setDialog(null);
    },
    deactivated(person: TPerson, handedOver: number) {
      replacePerson(person);
      people.setData((current) => (current && filters.active === 'true' ? { people: current.people.filter((item) => item.id !== person.id) } : current));
      setNotice(describePersonDeactivated(person, handedOver));
      setDialog(null);
    },
  };
}

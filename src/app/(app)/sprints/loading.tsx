import { SprintLoading } from '@/components/sprints/sprint-loading';

// /sprints and /sprints/:teamId redirect to the current sprint; the placeholder shows meanwhile.
export default function Loading() {
  return <SprintLoading what="the sprint" />;
}

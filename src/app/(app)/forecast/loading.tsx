import { SprintLoading } from '@/components/sprints/sprint-loading';

export default function Loading() {
  return <SprintLoading what="the forecast" />;
}

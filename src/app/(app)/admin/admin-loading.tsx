import { PageLoading } from '@/components/ui/states';

// Shown inside administration's frame (its menu stays) while a section loads.
export function AdminLoading() {
  return <PageLoading what="administration" cards={1} />;
}

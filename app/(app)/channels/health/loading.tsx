import { HealthReportSkeleton } from "@/components/delivery-health/health-section";

export default function Loading() {
  return <HealthReportSkeleton />;
}

import { ForbiddenNotice } from "@/components/common/forbidden-notice";

export default function Forbidden() {
  return (
    <main id="main" className="px-4">
      <ForbiddenNotice />
    </main>
  );
}

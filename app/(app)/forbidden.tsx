import { ForbiddenNotice } from "@/components/common/forbidden-notice";

export default function Forbidden() {
  return <ForbiddenNotice />;
}

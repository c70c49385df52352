import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The free-text search box of a GET filter form (submitted as ?q=). */
export function SearchField({ id, label, placeholder, value }: { id: string; label: string; placeholder: string; value: string | undefined }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name="q" type="search" defaultValue={value ?? ""} placeholder={placeholder} className="w-60" />
    </div>
  );
}

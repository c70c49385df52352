import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The free-text search box of a GET filter form (submitted as ?q=, or as `name` when a form has several). */
export function SearchField({
  id,
  name = "q",
  label,
  placeholder,
  value,
}: {
  id: string;
  name?: string;
  label: string;
  placeholder: string;
  value: string | undefined;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} type="search" defaultValue={value ?? ""} placeholder={placeholder} className="w-60" />
    </div>
  );
}

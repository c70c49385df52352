// TanStack Query keys of the inventory page.
export const inventoryKeys = {
  all: ["inventory"] as const,
  imports: () => [...inventoryKeys.all, "imports"] as const,
};

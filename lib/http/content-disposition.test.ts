import { describe, expect, it } from "vitest";
import { attachmentDisposition, contentDisposition } from "./content-disposition";

describe("contentDisposition", () => {
  it("shows raster images inline, whatever their name", () => {
    expect(contentDisposition("image/png", "a.png")).toBe("inline");
    expect(contentDisposition("IMAGE/JPEG; charset=binary", null)).toBe("inline");
  });

  it("downloads SVG and everything else", () => {
    expect(contentDisposition("image/svg+xml", "logo.svg")).toBe("attachment; filename=logo.svg");
    expect(contentDisposition("application/pdf", null)).toBe("attachment");
    expect(contentDisposition("application/pdf", "")).toBe("attachment");
  });

  it("quotes the name safely and adds the UTF-8 name for non-ASCII", () => {
    expect(contentDisposition("application/pdf", 'Invoice "May".pdf')).toBe('attachment; filename="Invoice \\"May\\".pdf"');
    expect(contentDisposition("text/csv", "données.csv")).toBe(`attachment; filename="donn?es.csv"; filename*=UTF-8''donn%C3%A9es.csv`);
  });

  it("never lets a name break the header", () => {
    const header = contentDisposition("application/pdf", "a\r\nSet-Cookie: x=1.pdf");
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(`attachment; filename="a??Set-Cookie: x=1.pdf"; filename*=UTF-8''a%0D%0ASet-Cookie%3A%20x%3D1.pdf`);
  });

  it("downloads an outbound attachment even when it is an image", () => {
    expect(attachmentDisposition("photo.png")).toBe("attachment; filename=photo.png");
    expect(attachmentDisposition(null)).toBe("attachment");
  });
});

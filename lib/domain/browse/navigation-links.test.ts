import gcoord from "gcoord";
import { describe, expect, it } from "vitest";
import { navigationLinks } from "./navigation-links";

const SEAT = { lng: 110.651389, lat: 29.428889, name: "三官寺乡人民政府" };
const NAME = "%E4%B8%89%E5%AE%98%E5%AF%BA%E4%B9%A1%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C";

describe("navigationLinks", () => {
  it("gcoord's GCJ-02 for the seat is about +0.005 lng / -0.0028 lat off WGS-84", () => {
    const [lng, lat] = gcoord.transform([SEAT.lng, SEAT.lat], gcoord.WGS84, gcoord.GCJ02);
    expect(lng.toFixed(6)).toBe("110.656232");
    expect(lat.toFixed(6)).toBe("29.426043");
    expect(lng - SEAT.lng).toBeCloseTo(0.004843, 6);
    expect(lat - SEAT.lat).toBeCloseTo(-0.002846, 6);
  });

  it("pins every URL for the township seat", () => {
    expect(encodeURIComponent(SEAT.name)).toBe(NAME);
    expect(navigationLinks(SEAT)).toEqual([
      {
        app: "amap",
        url: `https://uri.amap.com/navigation?to=110.656232,29.426043,${NAME}&mode=car&policy=0&src=sanguansi-guide&coordinate=gaode&callnative=1`,
      },
      {
        app: "baidu",
        url: `https://api.map.baidu.com/marker?location=29.428889,110.651389&title=${NAME}&content=${NAME}&output=html&coord_type=wgs84&src=webapp.sanguansi.guide`,
      },
      {
        app: "tencent",
        url: `https://apis.map.qq.com/uri/v1/routeplan?type=drive&to=${NAME}&tocoord=29.428889,110.651389&coord_type=1&policy=0&referer=sanguansi-guide`,
      },
      {
        app: "google",
        url: "https://www.google.com/maps/dir/?api=1&destination=29.428889,110.651389&travelmode=driving",
      },
      {
        app: "apple",
        url: `https://maps.apple.com/?daddr=29.428889,110.651389&dirflg=d&q=${NAME}`,
      },
    ]);
  });

  it("uses the app name and encodes names with reserved characters", () => {
    const links = navigationLinks({ lng: 110.6, lat: 29.4, name: "A&B|C 1" }, { appName: "my-guide" });
    expect(links.map((link) => link.url)).toEqual([
      "https://uri.amap.com/navigation?to=110.604747,29.397085,A%26B%7CC%201&mode=car&policy=0&src=my-guide&coordinate=gaode&callnative=1",
      "https://api.map.baidu.com/marker?location=29.4,110.6&title=A%26B%7CC%201&content=A%26B%7CC%201&output=html&coord_type=wgs84&src=webapp.my.guide",
      "https://apis.map.qq.com/uri/v1/routeplan?type=drive&to=A%26B%7CC%201&tocoord=29.4,110.6&coord_type=1&policy=0&referer=my-guide",
      "https://www.google.com/maps/dir/?api=1&destination=29.4,110.6&travelmode=driving",
      "https://maps.apple.com/?daddr=29.4,110.6&dirflg=d&q=A%26B%7CC%201",
    ]);
  });

  it("rejects non-finite coordinates", () => {
    expect(() => navigationLinks({ lng: Number.NaN, lat: 29.4, name: "x" })).toThrow(RangeError);
  });
});

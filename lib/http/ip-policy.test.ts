import { describe, expect, it } from "vitest";
import { classifyAddress, isIpLiteral } from "./ip-policy";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["10.20.30.40", "private"],
    ["172.31.255.255", "private"],
    ["192.168.0.1", "private"],
    ["169.254.169.254", "metadata"],
    ["169.254.1.1", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["224.0.0.251", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd00:ec2::254", "metadata"],
    ["::ffff:127.0.0.1", "ipv4Mapped"],
    ["::ffff:8.8.8.8", "ipv4Mapped"],
    ["64:ff9b::808:808", "rfc6052"],
    ["2002:7f00:1::", "6to4"],
    ["fe80::1%eth0", "linkLocal"],
    ["not-an-ip", "invalid"],
  ])("refuses %s (%s)", (ip, range) => {
    expect(classifyAddress(ip)).toEqual({ allowed: false, range });
  });

  it.each(["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "[2a00:1450:4001::200e]"])(
    "allows public %s",
    (ip) => {
      expect(classifyAddress(ip).allowed).toBe(true);
    },
  );
});

describe("isIpLiteral", () => {
  it("tells literals from names", () => {
    expect(isIpLiteral("127.0.0.1")).toBe(true);
    expect(isIpLiteral("[::1]")).toBe(true);
    expect(isIpLiteral("example.com")).toBe(false);
    expect(isIpLiteral("1.2.3.4.nip.io")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { isStale, timeChallenge } from "./challenge";

const issued = Date.parse("2026-03-02T08:00:00Z");
const challenge = {
  challenge: JSON.stringify({
    parameters: { algorithm: "PBKDF2/SHA-256", data: { issued, expires: issued + 7_200_000 } },
  }),
  submitNotBefore: new Date(issued + 5_000).toISOString(),
  expiresAt: new Date(issued + 7_200_000).toISOString(),
};

describe("timeChallenge", () => {
  it("counts the fill time and the expiry from when the challenge arrived, whatever the phone's clock says", () => {
    // A phone ten minutes behind the server.
    const arrived = issued - 600_000;
    const timed = timeChallenge(challenge, arrived);
    expect(timed.sendableAt).toBe(arrived + 5_000 + 500);
    expect(isStale(timed, arrived + 7_200_000 - 120_001)).toBe(false);
    expect(isStale(timed, arrived + 7_200_000 - 120_000)).toBe(true);
  });

  it("trusts the phone's clock when the challenge carries no issue time", () => {
    const timed = timeChallenge({ ...challenge, challenge: "{}" }, 0);
    expect(timed.sendableAt).toBe(issued + 5_500);
  });
});

/** Staff URLs of the operations screens. */
export const DUTY_ROSTER = "/staff/duty";

// Colours that stay apart when a colour page is printed in grey or faxed: alternating dark and
// light, never two neighbours of the same lightness. Labels carry the numbers anyway.
export const PRINT_PALETTE = ['#1f4e79', '#9dc3e6', '#c55a11', '#f4b183', '#548235', '#d9d9d9', '#7030a0', '#ffd966'] as const;

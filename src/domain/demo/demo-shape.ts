// The shape of the demo organisation: how long its history is, its offices and
// segments, how goals move with the season and ramp up, and how each team is doing this
// month. Change these to change what the demo looks like; the generators read them.

import type { HolidayCountry } from './public-holidays';

export const defaultDemoSeed = 20_240_601;

export const dayLength = 86_400_000;
export const hourLength = 3_600_000;
// Two years, so the revenue forecast learns seasonality and can be backtested over a year.
export const monthsOfHistory = 24;
export const repsPerTeam = 7;
export const newHireCount = 8;
export const accountsPerSeller = 18;
/** All three demo currencies have two minor digits. */
export const minorPerMajor = 100;

export type OfficeSpecification = {
  name: string;
  timeZone: string;
  locale: string;
  currency: string;
  country: HolidayCountry;
  teamPrefix: string;
  /** Local money per US dollar, roughly, so goals weigh alike across offices. */
  scale: number;
};

export const officeSpecifications: OfficeSpecification[] = [
  { name: 'New York', timeZone: 'America/New_York', locale: 'en-US', currency: 'USD', country: 'US', teamPrefix: 'NY', scale: 1 },
  { name: 'London', timeZone: 'Europe/London', locale: 'en-GB', currency: 'GBP', country: 'GB', teamPrefix: 'London', scale: 0.8 },
  { name: 'Sydney', timeZone: 'Australia/Sydney', locale: 'en-AU', currency: 'AUD', country: 'AU', teamPrefix: 'Sydney', scale: 1.4 },
];

export type Segment = {
  name: string;
  /** A rep's monthly goal range in US-dollar terms (major units). */
  goalRange: [number, number];
  dealRange: [number, number];
  /** Days from a deal's creation to its close. */
  cycleRange: [number, number];
};

export const segments: Segment[] = [
  { name: 'Enterprise', goalRange: [120_000, 150_000], dealRange: [20_000, 80_000], cycleRange: [30, 75] },
  { name: 'Mid-Market', goalRange: [85_000, 115_000], dealRange: [10_000, 45_000], cycleRange: [15, 45] },
  { name: 'SMB', goalRange: [60_000, 80_000], dealRange: [5_000, 20_000], cycleRange: [5, 25] },
];

/** A lead is a player-coach and carries part of a rep's goal. */
export const leadGoalShare = 0.6;

export const teamColours = ['#2563eb', '#0891b2', '#16a34a', '#7c3aed', '#db2777', '#ea580c', '#ca8a04', '#dc2626', '#4f46e5'];

/**
 * How each team is doing this month against pace, by office then segment: above 1
 * ahead, below 1 behind. Every office has a team on each side.
 */
export const currentMonthFactors = [
  [1.2, 0.6, 1.35],
  [0.7, 1.25, 0.95],
  [1.4, 0.55, 1.05],
];

/** Goals move with the season (January first). */
export const seasonality = [0.9, 0.95, 1.05, 0.95, 1, 1.05, 0.9, 0.9, 1, 1.05, 1.1, 1.15];

/** A new hire's goal ramps up over the first months. */
export const rampUp = [0.4, 0.7];

/** Reps who have left: their office and segment, and their last month (offset). */
export const leavers = [
  { officeIndex: 0, segmentIndex: 2, lastMonthOffset: -5 },
  { officeIndex: 2, segmentIndex: 1, lastMonthOffset: -8 },
];

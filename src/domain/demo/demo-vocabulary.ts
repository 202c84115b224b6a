// Word lists the demo generator draws people, accounts and deals from.

export const firstNames = [
  'Aaliyah', 'Aaron', 'Abigail', 'Adrian', 'Aisha', 'Alejandro', 'Alex', 'Alice', 'Amara', 'Amelia',
  'Andre', 'Angela', 'Anika', 'Arjun', 'Ben', 'Bianca', 'Brandon', 'Caleb', 'Camila', 'Carlos',
  'Charlotte', 'Chloe', 'Connor', 'Daniel', 'Daniela', 'Deepa', 'Diego', 'Eleanor', 'Elena', 'Eli',
  'Emeka', 'Emily', 'Erin', 'Ethan', 'Fatima', 'Felix', 'Fiona', 'Gabriel', 'Grace', 'Hamish',
  'Hannah', 'Harper', 'Harry', 'Hiroshi', 'Imogen', 'Isaac', 'Isabel', 'Jack', 'Jade', 'James',
  'Jasmine', 'Javier', 'Jessica', 'Joel', 'Julia', 'Kai', 'Kate', 'Kavya', 'Kwame', 'Laura',
  'Leah', 'Liam', 'Lily', 'Lucas', 'Lucy', 'Maddison', 'Malik', 'Maria', 'Marcus', 'Matilda',
  'Maya', 'Mei', 'Mohammed', 'Nadia', 'Nathan', 'Nia', 'Noah', 'Oliver', 'Olivia', 'Omar',
  'Oscar', 'Patrick', 'Rachel', 'Rafael', 'Rhys', 'Riley', 'Rohan', 'Rosa', 'Ruby', 'Ryan',
  'Samir', 'Samuel', 'Sara', 'Sean', 'Sofia', 'Sophie', 'Tariq', 'Thomas', 'Tom', 'Valentina',
  'Victoria', 'Wei', 'William', 'Yara', 'Yusuf', 'Zara', 'Zoe',
] as const;

export const lastNames = [
  'Abbott', 'Adeyemi', 'Ahmed', 'Alvarez', 'Anderson', 'Baker', 'Banerjee', 'Barnes', 'Bennett', 'Brooks',
  'Campbell', 'Carter', 'Castillo', 'Chen', 'Clarke', 'Collins', 'Cooper', 'Costa', 'Davies', 'Delgado',
  'Dixon', 'Doyle', 'Edwards', 'Evans', 'Fernandez', 'Fitzgerald', 'Fletcher', 'Foster', 'Garcia', 'Gibson',
  'Gordon', 'Graham', 'Gupta', 'Hall', 'Harrison', 'Hughes', 'Hussain', 'Ibrahim', 'Jackson', 'Jenkins',
  'Johnson', 'Kaur', 'Kelly', 'Kennedy', 'Khan', 'Kim', 'Kowalski', 'Lam', 'Lee', 'Lewis',
  'Lopez', 'MacDonald', 'Martin', 'McCarthy', 'Mendes', 'Mitchell', 'Moore', 'Morgan', 'Murphy', 'Nakamura',
  'Nguyen', 'Novak', 'Obi', "O'Brien", 'Okafor', 'Owens', 'Park', 'Patel', 'Pearson', 'Perez',
  'Phillips', 'Quinn', 'Ramirez', 'Reid', 'Reyes', 'Richards', 'Robinson', 'Rossi', 'Russell', 'Santos',
  'Schmidt', 'Scott', 'Shah', 'Silva', 'Singh', 'Stewart', 'Sullivan', 'Tanaka', 'Taylor', 'Thompson',
  'Turner', 'Walker', 'Wallace', 'Ward', 'Watson', 'Webb', 'Williams', 'Wilson', 'Wong', 'Wright',
  'Young', 'Zhang',
] as const;

/** First halves of account names. */
export const companyStems = [
  'Apex', 'Arbor', 'Atlas', 'Beacon', 'Birchwood', 'Bluewater', 'Brightline', 'Cascade', 'Cedar', 'Clearpath',
  'Cobalt', 'Copperfield', 'Crescent', 'Crestview', 'Driftwood', 'Eastgate', 'Elmstead', 'Evergreen', 'Fairhaven', 'Falcon',
  'Foxglove', 'Granite', 'Greenleaf', 'Harbour', 'Hawthorn', 'Highland', 'Horizon', 'Ironbridge', 'Juniper', 'Keystone',
  'Kingsley', 'Lakeside', 'Lighthouse', 'Linden', 'Meridian', 'Millbrook', 'Northwind', 'Oakridge', 'Orchard', 'Pinnacle',
  'Quarry', 'Redwood', 'Riverside', 'Rockford', 'Sable', 'Silverline', 'Southbank', 'Sterling', 'Stonegate', 'Summit',
  'Tidewater', 'Trident', 'Vantage', 'Verity', 'Waypoint', 'Westbrook', 'Whitmore', 'Willow', 'Windmill', 'Zenith',
] as const;

/** Second halves of account names. */
export const companyTrades = [
  'Analytics', 'Architects', 'Bank', 'Biotech', 'Brewing', 'Capital', 'Construction', 'Consulting', 'Dental Group', 'Energy',
  'Engineering', 'Foods', 'Freight', 'Health', 'Hotels', 'Insurance', 'Labs', 'Learning', 'Legal', 'Logistics',
  'Manufacturing', 'Media', 'Medical', 'Motors', 'Outfitters', 'Partners', 'Pharma', 'Properties', 'Realty', 'Retail',
  'Robotics', 'Security', 'Software', 'Solar', 'Systems', 'Telecom', 'Travel', 'Ventures', 'Wealth', 'Wholesale',
] as const;

export const dealTitles = [
  'Annual licence renewal',
  'Team plan expansion',
  'New business: platform subscription',
  'Multi-year enterprise agreement',
  'Analytics add-on',
  'Seat expansion',
  'Professional services package',
  'Upgrade to Premium tier',
  'Regional rollout',
  'Paid pilot',
  'Support plan renewal',
  'Onboarding and training',
  'Second business unit',
  'Integration bundle',
  'Security and compliance add-on',
  'Renewal with uplift',
  'Departmental licence',
  'Data migration project',
] as const;

/** Notes of the kind reps leave on deals worth a second look. */
export const dealNotes = [
  'Champion is the VP of Sales; legal review starts next week.',
  'Procurement asked for a three-year price lock.',
  'Competing against an incumbent; security questionnaire sent.',
  'CFO sign-off needed above this amount.',
  'Budget confirmed for this quarter.',
  'Pilot results were strong; expansion likely.',
  'New decision maker since the reorganisation.',
  'Waiting on their IT team for SSO requirements.',
  'Asked for a case study from their industry.',
  'Renewal at risk: usage dropped last quarter.',
] as const;

/** The company-name ending usual in each office's country. */
export const legalSuffixByCountry = {
  US: ['Inc.', 'LLC', 'Corp.', ''],
  GB: ['Ltd', 'plc', 'Group', ''],
  AU: ['Pty Ltd', 'Group', 'Limited', ''],
} as const;

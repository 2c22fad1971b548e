import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseStreetLine, type StreetParts } from '../../src/civic/index.js';
import { directional, streetSuffix } from '../../src/civic/street-words.js';

type Row = [line: string, parts: StreetParts, unit?: string];

/** Real-looking lines of the kinds that went wrong on addresses typed by many hands (issue #14). */
const CATEGORIES: Record<string, Row[]> = {
  'a one-letter street name before a unit or a dotted directional': [
    ['1730 K Street N.W. Ste. 500', { HNO: '1730', RD: 'K', STS: 'St', POD: 'NW' }, 'Ste. 500'],
    ['1620 L St NW Ste 800', { HNO: '1620', RD: 'L', STS: 'St', POD: 'NW' }, 'Ste 800'],
    ['1201 F ST NW STE 675', { HNO: '1201', RD: 'F', STS: 'ST', POD: 'NW' }, 'STE 675'],
    ['4922 B South Cornell Avenue', { HNO: '4922', HNS: 'B', PRD: 'S', RD: 'Cornell', STS: 'Ave' }],
    ['123 A S Main St', { HNO: '123', HNS: 'A', PRD: 'S', RD: 'Main', STS: 'St' }],
  ],
  'a directional after a comma': [
    ['2100 M Street, NW', { HNO: '2100', RD: 'M', STS: 'St', POD: 'NW' }],
    ['1800 M St., NW Ste. 700', { HNO: '1800', RD: 'M', STS: 'St', POD: 'NW' }, 'Ste. 700'],
    ['412 First St., SE, Ste. 100', { HNO: '412', RD: 'First', STS: 'St', POD: 'SE' }, 'Ste. 100'],
    ['110 8th Street, West Hall, Room 311', { HNO: '110', RD: '8th', STS: 'St' }, 'West Hall, Room 311'],
  ],
  'dotted, spaced and "So"/"No" directionals': [
    ['415 NEW JERSEY AVE. N.W.', { HNO: '415', RD: 'NEW JERSEY', STS: 'AVE', POD: 'NW' }],
    ['3120 MAPLE DR S E', { HNO: '3120', RD: 'MAPLE', STS: 'DR', POD: 'SE' }],
    ['972 Donnelly Ave., S. W. # 2', { HNO: '972', RD: 'Donnelly', STS: 'Ave', POD: 'SW' }, '# 2'],
    ['6640 So Halsted', { HNO: '6640', PRD: 'S', RD: 'Halsted' }],
    ['7509 13th Ave No', { HNO: '7509', RD: '13th', STS: 'Ave', POD: 'N' }],
    ['361 17th Street No 2202', { HNO: '361', RD: '17th', STS: 'St' }, 'No 2202'],
  ],
  'a road named like a direction or a suffix': [
    ['1210 N Wells', { HNO: '1210', PRD: 'N', RD: 'Wells' }],
    ['340 West North Avenue', { HNO: '340', PRD: 'W', RD: 'North', STS: 'Ave' }],
    ['9912 S. Avenue H', { HNO: '9912', PRD: 'S', RD: 'Avenue H' }],
    ['830 NW Loop 410', { HNO: '830', PRD: 'NW', RD: 'Loop 410' }],
    ['1 E St', { HNO: '1', RD: 'E', STS: 'St' }],
    ['8358 S. Stony Island', { HNO: '8358', PRD: 'S', RD: 'Stony Island' }],
    ['1400 WEST SHADY GROVE', { HNO: '1400', PRD: 'W', RD: 'SHADY GROVE' }],
    ['2 Shady Grove Rd', { HNO: '2', RD: 'Shady Grove', STS: 'Rd' }],
  ],
  'a unit without a known designator': [
    ['220 W. Grand Ave. 410', { HNO: '220', PRD: 'W', RD: 'Grand', STS: 'Ave' }, '410'],
    ['203 N. Wabash 608', { HNO: '203', PRD: 'N', RD: 'Wabash' }, '608'],
    ['1845 PEACHTREE RD NE CONDO B2', { HNO: '1845', RD: 'PEACHTREE', STS: 'RD', POD: 'NE' }, 'CONDO B2'],
    ['7710 Main Rd PMB 212', { HNO: '7710', RD: 'Main', STS: 'Rd' }, 'PMB 212'],
    ['123 Main St #5', { HNO: '123', RD: 'Main', STS: 'St' }, '#5'],
    ['1 S. 280 Summit Court B', { HNO: '1', PRD: 'S', RD: '280 Summit', STS: 'Ct' }, 'B'],
    ['1234 West U.S. Hwy 50', { HNO: '1234', PRD: 'W', RD: 'U.S. Hwy 50' }],
    ['254 U.S. Highway No 202', { HNO: '254', RD: 'U.S. Highway No 202' }],
    ['1024 randolph 1 n', { HNO: '1024', RD: 'randolph' }, '1 n'],
    ['1 County Road 5 E', { HNO: '1', RD: 'County Road 5', POD: 'E' }],
    ['550 S 400 E', { HNO: '550', PRD: 'S', RD: '400', POD: 'E' }],
  ],
  'a unit typed before the number': [
    ['STE. 310, 5200 N. MESA', { HNO: '5200', PRD: 'N', RD: 'MESA' }, 'STE. 310'],
    ['Apt 7 22B Dr Martin Luther King Jr Blvd', { HNO: '22', HNS: 'B', RD: 'Dr Martin Luther King Jr', STS: 'Blvd' }, 'Apt 7'],
    ['4th floor 300 east randolph st', { HNO: '300', PRD: 'E', RD: 'randolph', STS: 'St' }, '4th floor'],
    ['6910 # G MARY CAROLINE CIRCLE', { HNO: '6910', RD: 'MARY CAROLINE', STS: 'CIR' }, '# G'],
    ['418 #12 Oak Hill Rd', { HNO: '418', RD: 'Oak Hill', STS: 'Rd' }, '#12'],
    ['# 4 123 Main St', { HNO: '123', RD: 'Main', STS: 'St' }, '# 4'],
    ['# 2 Turner Rd', { HNO: '2', RD: 'Turner', STS: 'Rd' }],
    ['4B 123 Main St', { HNO: '123', RD: 'Main', STS: 'St' }, '4B'],
    ['123A 14 Mile Rd', { HNO: '123', HNS: 'A', RD: '14 Mile', STS: 'Rd' }],
  ],
  'a pre-directional spaced apart, plural designators, a designator glued by a period': [
    ['1234 N. W. 2nd Ave.', { HNO: '1234', PRD: 'NW', RD: '2nd', STS: 'Ave' }],
    ['810 S W S YOUNG DR', { HNO: '810', PRD: 'S', RD: 'W S YOUNG', STS: 'DR' }],
    ['123 Main St Suites 100-200', { HNO: '123', RD: 'Main', STS: 'St' }, 'Suites 100-200'],
    ['123 Main St.Apt 4', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt 4'],
    ['3030 Olive St.#2', { HNO: '3030', RD: 'Olive', STS: 'St' }, '#2'],
  ],
  'a unit after a semicolon, a colon, a bar, a slash or a spaced dash; stray periods': [
    ['123 Main St.; Apt 4', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt 4'],
    ['123 Main St: Apt 4', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt 4'],
    ['123 Main St | Apt 4', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt 4'],
    ['123 Main St / Apt 4', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt 4'],
    ['123 Main St/Apt 4', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt 4'],
    ['123 Main St.. Back', { HNO: '123', RD: 'Main', STS: 'St' }, 'Back'],
    ['123 Main St .', { HNO: '123', RD: 'Main', STS: 'St' }],
    ['123 Main St - Apt 4', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt 4'],
    ['800 Elm Ave -Suite 200', { HNO: '800', RD: 'Elm', STS: 'Ave' }, 'Suite 200'],
    ['123 Smith-Jones Rd', { HNO: '123', RD: 'Smith-Jones', STS: 'Rd' }],
    ['123, Main St', { HNO: '123', RD: 'Main', STS: 'St' }],
  ],
  'a half glued to the number, one-axis grid numbers, farm-to-market routes': [
    ['123½ Main St', { HNO: '123', HNS: '½', RD: 'Main', STS: 'St' }],
    ['4821-1/2 Elm Ave', { HNO: '4821', HNS: '1/2', RD: 'Elm', STS: 'Ave' }],
    ['N1234 County Rd K', { HNO: 'N1234', RD: 'County Rd K' }],
    ['W5678 State Road 59', { HNO: 'W5678', RD: 'State Road 59' }],
    ['1234 Farm to Market Rd 1960', { HNO: '1234', RD: 'Farm to Market Rd 1960' }],
  ],
  'spelled-out and Wisconsin grid house numbers': [
    ['Two N. Riverside Plaza', { HNO: 'Two', PRD: 'N', RD: 'Riverside', STS: 'Plz' }],
    ['One Jelly Belly Lane', { HNO: 'One', RD: 'Jelly Belly', STS: 'Ln' }],
    ['W156N11500 Pilgrim Rd', { HNO: 'W156N11500', RD: 'Pilgrim', STS: 'Rd' }],
    ['N165 W2123 Tartan Ct', { HNO: 'N165 W2123', RD: 'Tartan', STS: 'Ct' }],
  ],
  'a misspelled suffix': [
    ['4410 NE Lakeview Pakway', { HNO: '4410', PRD: 'NE', RD: 'Lakeview', STS: 'Pkwy' }],
    ['3901 south state steet 1st floor', { HNO: '3901', PRD: 'S', RD: 'state', STS: 'St' }, '1st floor'],
    ['12 Elm Aevnue', { HNO: '12', RD: 'Elm', STS: 'Ave' }],
    ['12 Forest Hieghts', { HNO: '12', RD: 'Forest', STS: 'Hts' }],
    ['40 Deer Crosing Apt 2', { HNO: '40', RD: 'Deer', STS: 'Xing' }, 'Apt 2'],
  ],
  'a street named after the park it runs along, then its side (read one way, not "Park" as the type)': [
    ['2100 Lincoln Park West Unit 10FN', { HNO: '2100', RD: 'Lincoln Park', POD: 'W' }, 'Unit 10FN'],
    ['40 Central Park South', { HNO: '40', RD: 'Central Park', POD: 'S' }],
    ['100 Park Avenue South', { HNO: '100', RD: 'Park', STS: 'Ave', POD: 'S' }],
    ['1 Avenue of the Americas', { HNO: '1', RD: 'Avenue of the Americas' }],
    ['300 Oak Park Ave', { HNO: '300', RD: 'Oak Park', STS: 'Ave' }],
  ],
  'Utah grid lines with the side glued to the number': [
    ['455 E 500S', { HNO: '455', PRD: 'E', RD: '500', POD: 'S' }],
    ['2100 S. 900E. Apt 4', { HNO: '2100', PRD: 'S', RD: '900', POD: 'E' }, 'Apt 4'],
    ['2100 S 900 E', { HNO: '2100', PRD: 'S', RD: '900', POD: 'E' }],
    ['9258 W 3090 So.', { HNO: '9258', PRD: 'W', RD: '3090', POD: 'S' }],
  ],
  'highways, interstates, loops and freeways': [
    ['1500 IH 35 S', { HNO: '1500', RD: 'IH 35', POD: 'S' }],
    ['2300 N Loop 1604 W', { HNO: '2300', PRD: 'N', RD: 'Loop 1604', POD: 'W' }],
    ['4000 Spur 191 Ste 3', { HNO: '4000', RD: 'Spur 191' }, 'Ste 3'],
    ['7322 SW Freeway Ste 1600', { HNO: '7322', RD: 'SW', STS: 'Fwy' }, 'Ste 1600'],
    ['100 US Hwy 101', { HNO: '100', RD: 'US Hwy 101' }],
    ['100 I-35 Frontage Rd', { HNO: '100', RD: 'I-35 Frontage', STS: 'Rd' }],
    ['25 State Route 9', { HNO: '25', RD: 'State Route 9' }],
    ['1234 RR 620 N', { HNO: '1234', RD: 'RR 620', POD: 'N' }],
    ['12 Main St R.R. 1', { HNO: '12', RD: 'Main', STS: 'St' }, 'R.R. 1'],
  ],
  'a number sign glued to the street, "La" for Lane': [
    ['212 W. Washington# 1506', { HNO: '212', PRD: 'W', RD: 'Washington' }, '# 1506'],
    ['6880 N Frontage Rd#100', { HNO: '6880', PRD: 'N', RD: 'Frontage', STS: 'Rd' }, '#100'],
    ['3904 Route# A', { HNO: '3904', RD: 'Route# A' }],
    ['100 Main La', { HNO: '100', RD: 'Main', STS: 'Ln' }],
  ],
  'a floor, a building or an urbanization typed before the number': [
    ['3 Fl 45-18 Court Sq', { HNO: '45-18', RD: 'Court', STS: 'Sq' }, '3 Fl'],
    ['Sears Tower 233 S Wacker Dr', { HNO: '233', PRD: 'S', RD: 'Wacker', STS: 'Dr' }, 'Sears Tower'],
    ['Empire State Building, 350 5th Ave', { HNO: '350', RD: '5th', STS: 'Ave' }, 'Empire State Building'],
    ['Two Prudential Plaza 180 N Stetson Ave', { HNO: '180', PRD: 'N', RD: 'Stetson', STS: 'Ave' }, 'Two Prudential Plaza'],
    ['1 World Trade Center 285 Fulton St', { HNO: '285', RD: 'Fulton', STS: 'St' }, '1 World Trade Center'],
    ['5 Penn Plaza 23 Floor', { HNO: '5', RD: 'Penn', STS: 'Plz' }, '23 Floor'],
    ['URB Las Gladiolas 150 Calle A', { HNO: '150', RD: 'Calle A' }, 'URB Las Gladiolas'],
    ['150 Calle A Urb Las Gladiolas', { HNO: '150', RD: 'Calle A' }, 'Urb Las Gladiolas'],
  ],
  'a building named between the street and the unit, a unit without a number': [
    ['1 Market St Spear Tower Ste 3600', { HNO: '1', RD: 'Market', STS: 'St' }, 'Spear Tower Ste 3600'],
    ['1 Market Street Spear Tower Suite 3600', { HNO: '1', RD: 'Market', STS: 'St' }, 'Spear Tower Suite 3600'],
    ['1 Market Street, Spear Tower, Suite 3600', { HNO: '1', RD: 'Market', STS: 'St' }, 'Spear Tower, Suite 3600'],
    ['100 Main St Tower 2', { HNO: '100', RD: 'Main', STS: 'St' }, 'Tower 2'],
    ['123 Main St Upstairs', { HNO: '123', RD: 'Main', STS: 'St' }, 'Upstairs'],
    ['123 Main St. Upper Unit', { HNO: '123', RD: 'Main', STS: 'St' }, 'Upper Unit'],
    ['123 Forest Park Center', { HNO: '123', RD: 'Forest Park', STS: 'Ctr' }],
  ],
  'a directional glued to the name by its period; a type word after "de la" or "of the"': [
    ['123 N.Main St', { HNO: '123', PRD: 'N', RD: 'Main', STS: 'St' }],
    ['123 S.W.Main St', { HNO: '123', PRD: 'SW', RD: 'Main', STS: 'St' }],
    ['123 St.Charles Ave', { HNO: '123', RD: 'St.Charles', STS: 'Ave' }],
    ['1234 Avenida de la Playa', { HNO: '1234', RD: 'Avenida de la Playa' }],
    ['100 Camino de la Plaza', { HNO: '100', RD: 'Camino de la Plaza' }],
    ['123 Isle of Palms Blvd', { HNO: '123', RD: 'Isle of Palms', STS: 'Blvd' }],
  ],
  'fractional, Queens and two-number house numbers; a compass letter after "Apt"': [
    ['123 1/2 Main St', { HNO: '123', HNS: '1/2', RD: 'Main', STS: 'St' }],
    ['75-12 31st Ave', { HNO: '75-12', RD: '31st', STS: 'Ave' }],
    ['12 - 14 Elm St', { HNO: '12 - 14', RD: 'Elm', STS: 'St' }],
    ['12 & 14 Elm St', { HNO: '12 & 14', RD: 'Elm', STS: 'St' }],
    ['123 Main St Apt N', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt N'],
    ['123 Main St N Apt 2', { HNO: '123', RD: 'Main', STS: 'St', POD: 'N' }, 'Apt 2'],
  ],
  'lines read two ways: a direction spelled out before its opposite or End, Side, Shore names the road; after a route word it is the road\'s': [
    ['4400 East West Highway, # 718', { HNO: '4400', RD: 'East West', STS: 'Hwy' }, '# 718'],
    ['100 North South Rd', { HNO: '100', RD: 'North South', STS: 'Rd' }],
    ['400 Interstate North Pkwy Ste 700', { HNO: '400', RD: 'Interstate North', STS: 'Pkwy' }, 'Ste 700'],
    ['100 E West St', { HNO: '100', PRD: 'E', RD: 'West', STS: 'St' }],
    ['123 West End Avenue Apt 4B', { HNO: '123', RD: 'West End', STS: 'Ave' }, 'Apt 4B'],
    ['456 North Shore Dr', { HNO: '456', RD: 'North Shore', STS: 'Dr' }],
    ['100 W Side Dr', { HNO: '100', PRD: 'W', RD: 'Side', STS: 'Dr' }],
  ],
  'a unit designated by a word no list knows, or by two words': [
    ['123 Main St Townhouse 4', { HNO: '123', RD: 'Main', STS: 'St' }, 'Townhouse 4'],
    ['1845 Peachtree Rd NE Villa 12', { HNO: '1845', RD: 'Peachtree', STS: 'Rd', POD: 'NE' }, 'Villa 12'],
    ['500 Oak Ave Mail Stop 401', { HNO: '500', RD: 'Oak', STS: 'Ave' }, 'Mail Stop 401'],
    ['330 W Lake Lansing Ste 2', { HNO: '330', PRD: 'W', RD: 'Lake Lansing' }, 'Ste 2'],
  ],
  'a complex named before the number, an extension of a road, thirteen to ninety spelled out': [
    ['First Canadian Place 100 King St W', { HNO: '100', RD: 'King', STS: 'St', POD: 'W' }, 'First Canadian Place'],
    ['Commerce Court West 199 Bay St', { HNO: '199', RD: 'Bay', STS: 'St' }, 'Commerce Court West'],
    ['4300 Ridge Rd Extension', { HNO: '4300', RD: 'Ridge Rd', STS: 'Ext' }],
    ['Fourteen Main St', { HNO: 'Fourteen', RD: 'Main', STS: 'St' }],
  ],
  'a suffix whose standard form is also a common form of another (MDW: Meadow, not Meadows)': [
    ['3054 Hidden Meadow', { HNO: '3054', RD: 'Hidden', STS: 'MDW' }],
    ['77 Fox Meadows', { HNO: '77', RD: 'Fox', STS: 'MDWS' }],
  ],
};

const CANADIAN: Row[] = [
  ['123 rue Principale', { HNO: '123', RD: 'rue Principale' }],
  ['4-1200 Bay St', { HNO: '1200', RD: 'Bay', STS: 'St' }, '4'],
  ['Boul. René-Lévesque O', { RD: 'Boul. René-Lévesque', POD: 'O' }],
  ['4500 Boul. René-Lévesque O', { HNO: '4500', RD: 'Boul. René-Lévesque', POD: 'O' }],
  ['350 rue Saint-Paul E', { HNO: '350', RD: 'rue Saint-Paul', POD: 'E' }],
  ['100 Queen St W', { HNO: '100', RD: 'Queen', STS: 'St', POD: 'W' }],
  ['1 Yonge St Suite 1801', { HNO: '1', RD: 'Yonge', STS: 'St' }, 'Suite 1801'],
  ['4 - 1200 Bay St', { HNO: '1200', RD: 'Bay', STS: 'St' }, '4'],
  ['207 Main St - Unit 5', { HNO: '207', RD: 'Main', STS: 'St' }, 'Unit 5'],
  ['835, boul. René-Lévesque Est, 3e étage', { HNO: '835', RD: 'boul. René-Lévesque', POD: 'E' }, '3e étage'],
  ['1500, av. des Pins O., app. 4', { HNO: '1500', RD: 'av. des Pins', POD: 'O' }, 'app. 4'],
  ['1234 4e Rang', { HNO: '1234', RD: '4e', STS: 'Rang' }],
  ['15 Rang Saint-Joseph', { HNO: '15', RD: 'Rang Saint-Joseph' }],
  ['10-123 1/2 Main St NW', { HNO: '123', HNS: '1/2', RD: 'Main', STS: 'St', POD: 'NW' }, '10'],
  ['1802-55 Bloor St W', { HNO: '55', RD: 'Bloor', STS: 'St', POD: 'W' }, '1802'],
  ['1200 Bay St Unit 4', { HNO: '1200', RD: 'Bay', STS: 'St' }, 'Unit 4'],
  ['1234 Rue Saint-Denis, App. 4', { HNO: '1234', RD: 'Rue Saint-Denis' }, 'App. 4'],
  ['100 Avenue Road', { HNO: '100', RD: 'Avenue', STS: 'Road' }],
  ['#4-123 Main St', { HNO: '123', RD: 'Main', STS: 'St' }, '#4'],
  ['#4 - 123 Main St', { HNO: '123', RD: 'Main', STS: 'St' }, '#4'],
  ['123 Concession Rd 4', { HNO: '123', RD: 'Concession Rd 4' }],
  ['52165 Range Road 215', { HNO: '52165', RD: 'Range Road 215' }],
  ['123 Rue de la Gare', { HNO: '123', RD: 'Rue de la Gare' }],
  ['123 Queen\'s Quay W', { HNO: '123', RD: 'Queen\'s', STS: 'Quay', POD: 'W' }],
  ['1234 Highway 7 RR 2', { HNO: '1234', RD: 'Highway 7' }, 'RR 2'],
  ['12 Maple Cresent', { HNO: '12', RD: 'Maple', STS: 'Cresent' }],
  ['1234 Rue Sherbrooke O local 200', { HNO: '1234', RD: 'Rue Sherbrooke', POD: 'O' }, 'local 200'],
  ['123 rue Principale sous-sol', { HNO: '123', RD: 'rue Principale' }, 'sous-sol'],
  ['TH 12 - 100 Main St', { HNO: '100', RD: 'Main', STS: 'St' }, 'TH 12'],
  ['First Canadian Place, 100 King St W, Suite 5600', { HNO: '100', RD: 'King', STS: 'St', POD: 'W' }, 'First Canadian Place, Suite 5600'],
];

/**
 * No house number, still kept: a box (in POBOX; no house number: help cannot be sent to a box),
 * a Puerto Rico road and its kilometre marker (the marker places it, so a number counts as found).
 */
const WITHOUT_HOUSE_NUMBER: [line: string, country: string, parts: StreetParts, unit: string | undefined, found: boolean][] = [
  ['PO Box 123', 'US', { POBOX: 'PO Box 123' }, undefined, false],
  ['P.O. Box 4410', 'US', { POBOX: 'P.O. Box 4410' }, undefined, false],
  ['RR 2 Box 45', 'US', { POBOX: 'RR 2 Box 45' }, undefined, false],
  ['HC 1 Box 12', 'US', { POBOX: 'HC 1 Box 12' }, undefined, false],
  ['PSC 1234 Box 5678', 'US', { POBOX: 'PSC 1234 Box 5678' }, undefined, false],
  ['RR 1 Site 5 Comp 12', 'CA', { POBOX: 'RR 1 Site 5 Comp 12' }, undefined, false],
  ['General Delivery', 'US', { POBOX: 'General Delivery' }, undefined, false],
  ['Unit 5', 'US', { RD: 'Unit 5' }, undefined, false],
  ['Carr 2 Km 5.4', 'US', { RD: 'Carr 2' }, 'Km 5.4', true],
  ['Bo Cruces Carr. 172, Km. 5 Hm 4', 'US', { RD: 'Carr. 172' }, 'Bo Cruces, Km. 5 Hm 4', true],
];

/** Compares STS without regard to case: it follows the case the line was typed in. */
function expectSplit(line: string, country: string, parts: StreetParts, unit: string | undefined): void {
  const got = parseStreetLine(line, { country });
  const upper = (p: StreetParts) => ({ ...p, ...(p.STS ? { STS: p.STS.toUpperCase() } : {}) });
  expect(upper(got.parts), line).to.deep.equal(upper(parts));
  expect(got.unit, line).to.equal(unit);
  expect(got.houseNumberFound, line).to.equal(parts.HNO !== undefined);
}

describe('parseStreetLine on lines typed by many hands', () => {
  for (const [category, rows] of Object.entries(CATEGORIES)) {
    it(`splits ${category}`, () => {
      for (const [line, parts, unit] of rows) expectSplit(line, 'US', parts, unit);
    });
  }

  it('splits Canadian lines: French types kept in the name, unit-civic numbers, French directionals', () => {
    for (const [line, parts, unit] of CANADIAN) expectSplit(line, 'CA', parts, unit);
  });

  it('keeps a box in POBOX and a road located by its kilometre marker, without a house number', () => {
    for (const [line, country, parts, unit, found] of WITHOUT_HOUSE_NUMBER) {
      const got = parseStreetLine(line, { country });
      expect(got.parts, line).to.deep.equal(parts);
      expect(got.unit, line).to.equal(unit);
      expect(got.houseNumberFound, line).to.equal(found);
    }
  });

  /** Upper case without the punctuation around words; hyphenated words, "123½", "500S", "N.Main" and "St.Apt" count as their pieces; a colon, bar or slash separates words. */
  const keys = (text: string) => text.toUpperCase().replace(/(\d)([½¼¾⅓⅔]|[NSEW]\b)/g, '$1 $2').replace(/\.(?=APT\b|#)/g, ' ').replace(/(^|\s)([NS]\.?[EW]|[NSEW])\.(?=[A-Z0-9]{2})/g, '$1$2 ').split(/[\s,;:|/-]+/).map((w) => w.replace(/[.#()]/g, '')).filter(Boolean);

  it('keeps every word typed: a word it cannot place goes to the unit, never away', () => {
    const word = fc.constantFrom(
      '123', '4-1200', 'W156N11500', 'Two', '1/2', 'B', 'N', 'N.W.', 'S', 'E', 'So', 'No', 'Northwest', 'West', 'O',
      'Main', 'Peachtree', 'K', 'Wells', 'North', 'St', 'Street', 'Ave.', 'Avenue', 'Pakway', 'Rd', 'Hwy', 'Loop',
      'Apt', 'Ste.', 'Suite100', '#', '#5', '410', 'CONDO', 'PMB', 'B2', 'Fl.', '3rd', 'Floor', 'rue', 'Boul.', ',', '(m/c', '525)',
      ';', '-', '-Suite', '123½', '12-1/2', 'N1234', 'St.Apt', 'St.#2', 'Suites', 'W.',
      'Washington#', 'Route#', '500S', '#4-123', 'Concession', 'Spear', 'N.Main', 'de', 'la', 'Plaza', 'URB', 'Tower', 'Park', 'IH', 'La', 'Freeway',
      'PO', 'Box', 'RR', 'Carr', 'Km', '5.4', 'Place', 'Court', 'Townhouse', 'Interstate', 'Extension', '&', 'End', 'Shore', '/', '|', ':', '..', 'R.R.', 'TH',
    );
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 9 }), fc.constantFrom('US', 'CA'), (words, country) => {
      const line = words.join(' ');
      const { parts, unit } = parseStreetLine(line, { country });
      const kept = [...Object.values(parts), unit ?? ''].flatMap(keys);
      for (const typed of keys(line)) {
        const canonical = directional(typed, country, true) ?? streetSuffix(typed);
        const found = kept.includes(typed) || (canonical !== undefined && kept.includes(canonical))
          // Two letters spaced apart ("S E") are kept as one directional ("SE").
          || (/^[NSEW]$/.test(typed) && kept.some((k) => /^[NS][EW]$/.test(k) && k.includes(typed)));
        expect(found, `"${typed}" of "${line}" in ${JSON.stringify({ ...parts, unit })}`).to.equal(true);
      }
    }), { numRuns: 3000 });
  });
});

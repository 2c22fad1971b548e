import { describeCategories, type Row } from './street-rows.js';

/** Real-looking lines whose street name, directionals, suffix or route went wrong on addresses typed by many hands (issue #14). */
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
    ['123 Main Street North East', { HNO: '123', RD: 'Main', STS: 'St', POD: 'NE' }],
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
  'a directional glued to the name by its period; a type word after "de la" or "of the"': [
    ['123 N.Main St', { HNO: '123', PRD: 'N', RD: 'Main', STS: 'St' }],
    ['123 S.W.Main St', { HNO: '123', PRD: 'SW', RD: 'Main', STS: 'St' }],
    ['123 St.Charles Ave', { HNO: '123', RD: 'St.Charles', STS: 'Ave' }],
    ['1234 Avenida de la Playa', { HNO: '1234', RD: 'Avenida de la Playa' }],
    ['100 Camino de la Plaza', { HNO: '100', RD: 'Camino de la Plaza' }],
    ['123 Isle of Palms Blvd', { HNO: '123', RD: 'Isle of Palms', STS: 'Blvd' }],
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
  'a suffix whose standard form is also a common form of another (MDW: Meadow, not Meadows)': [
    ['3054 Hidden Meadow', { HNO: '3054', RD: 'Hidden', STS: 'MDW' }],
    ['77 Fox Meadows', { HNO: '77', RD: 'Fox', STS: 'MDWS' }],
  ],
  'a grid side glued to its number only across the pre-directional; lettered avenues; BL for Boulevard': [
    ['8401 W 35W', { HNO: '8401', PRD: 'W', RD: '35W' }],
    ['826 N Avenue N', { HNO: '826', PRD: 'N', RD: 'Avenue N' }],
    ['826 N Ave. b Unit 101', { HNO: '826', PRD: 'N', RD: 'Ave. b' }, 'Unit 101'],
    ['1234 W Avenue J Apt 4', { HNO: '1234', PRD: 'W', RD: 'Avenue J' }, 'Apt 4'],
    ['6325 Opal Heights Bl', { HNO: '6325', RD: 'Opal Heights', STS: 'Blvd' }],
  ],
  'the same address typed another way: after a comma a directional spelled out in two words, before a bare designator; "No" before a number is a unit there': [
    ['2100 M Street, North West', { HNO: '2100', RD: 'M', STS: 'St', POD: 'NW' }],
    ['2100 M Street, north west, Suite 300', { HNO: '2100', RD: 'M', STS: 'St', POD: 'NW' }, 'Suite 300'],
    ['55 Elm Ct, SE Unit', { HNO: '55', RD: 'Elm', STS: 'Ct', POD: 'SE' }, 'Unit'],
    ['88 Pine St, No 12', { HNO: '88', RD: 'Pine', STS: 'St' }, 'No 12'],
    ['4949 Harrison Ave., No. 102', { HNO: '4949', RD: 'Harrison', STS: 'Ave' }, 'No. 102'],
    ['2300 Oak Ave, West Tower', { HNO: '2300', RD: 'Oak', STS: 'Ave' }, 'West Tower'],
  ],
  'the same address typed another way: a pre-directional typed apart before a name like a direction; "No." then a number-sign unit; a road named by its type and number': [
    ['620 N E West Blvd', { HNO: '620', PRD: 'NE', RD: 'West', STS: 'Blvd' }],
    ['620 N. E. West Blvd.', { HNO: '620', PRD: 'NE', RD: 'West', STS: 'Blvd' }],
    ['351 N W North St', { HNO: '351', PRD: 'NW', RD: 'North', STS: 'St' }],
    ['3419 SAINT JOHN W ST', { HNO: '3419', RD: 'SAINT JOHN', STS: 'ST', POD: 'W' }],
    ['900 14th Ave No. #12', { HNO: '900', RD: '14th', STS: 'Ave', POD: 'N' }, '#12'],
    ['900 14th Ave No. Apt12', { HNO: '900', RD: '14th', STS: 'Ave', POD: 'N' }, 'Apt12'],
    ['2215 Rd 14 S', { HNO: '2215', RD: 'Rd 14', POD: 'S' }],
    ['2215 Road 14 N Bldg 7', { HNO: '2215', RD: 'Road 14', POD: 'N' }, 'Bldg 7'],
    ['1024 Randolph 1 N', { HNO: '1024', RD: 'Randolph' }, '1 N'],
  ],
};

describe('parseStreetLine: street names, directionals, suffixes and routes typed by many hands', () => {
  describeCategories(CATEGORIES);
});

import { describeCategories, type Row } from './street-rows.js';

/**
 * Lines as people type them into a web form at home or in a hurry, and residential records
 * (issue #14, probe round 2): glued tokens, stray punctuation, a place typed after the street,
 * misspellings, names that look like something else, house numbers written in odd ways.
 */
const CATEGORIES: Record<string, Row[]> = {
  'a designator and its number glued to the type\'s period ("St.Apt4")': [
    ['123 Main St.Apt4', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt4'],
    ['123 elm st.apt3', { HNO: '123', RD: 'elm', STS: 'St' }, 'apt3'],
    ['400 Oak Ave.Suite100', { HNO: '400', RD: 'Oak', STS: 'Ave' }, 'Suite100'],
    ['12 OAK ST.UNIT4B', { HNO: '12', RD: 'OAK', STS: 'ST' }, 'UNIT4B'],
    ['12 Main St.Apartment 4', { HNO: '12', RD: 'Main', STS: 'St' }, 'Apartment 4'],
    ['45 St.Stephens Rd', { HNO: '45', RD: 'St.Stephens', STS: 'Rd' }],
  ],
  'a number sign glued before the house number, a period or comma after it': [
    ['#123 Main St', { HNO: '123', RD: 'Main', STS: 'St' }],
    ['#1820 N Oak Ave Apt 2', { HNO: '1820', PRD: 'N', RD: 'Oak', STS: 'Ave' }, 'Apt 2'],
    ['#4 123 Main St', { HNO: '123', RD: 'Main', STS: 'St' }, '#4'],
    ['123. Main St', { HNO: '123', RD: 'Main', STS: 'St' }],
    ['4410. e lake dr', { HNO: '4410', PRD: 'E', RD: 'lake', STS: 'Dr' }],
    ['123, Main St Apt 2', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt 2'],
  ],
  'a name glued to the house number': [
    ['123main st', { HNO: '123', RD: 'main', STS: 'St' }],
    ['4521Oak Ridge Dr Apt 4', { HNO: '4521', RD: 'Oak Ridge', STS: 'Dr' }, 'Apt 4'],
    ['88North Elm St', { HNO: '88', PRD: 'N', RD: 'Elm', STS: 'St' }],
    ['123A Main St', { HNO: '123', HNS: 'A', RD: 'Main', STS: 'St' }],
    ['212 3rd St', { HNO: '212', RD: '3rd', STS: 'St' }],
    // An ordinal glued to its type has no house number in it; a name after "St" is glued all the same.
    ['21stSt', { RD: '21stSt' }],
    ['5thAve', { RD: '5thAve' }],
    ['12Strawberry Ln', { HNO: '12', RD: 'Strawberry', STS: 'Ln' }],
  ],
  'the country typed after the state or ZIP, without a comma (kept with the unit)': [
    ['1234 Elm Ave Los Angeles CA USA', { HNO: '1234', RD: 'Elm', STS: 'Ave' }, 'Los Angeles CA USA'],
    ['123 main st apt 4 springfield il 62704 usa', { HNO: '123', RD: 'main', STS: 'St' }, 'apt 4 springfield il 62704 usa'],
    ['77 N Oak St Springfield, IL U.S.', { HNO: '77', PRD: 'N', RD: 'Oak', STS: 'St' }, 'Springfield, IL U.S.'],
    ['9 Pine Rd Boise ID 83702 United States', { HNO: '9', RD: 'Pine', STS: 'Rd' }, 'Boise ID 83702 United States'],
    ['100 US Hwy 41', { HNO: '100', RD: 'US Hwy 41' }],
  ],
  'a state code not in capitals before a ZIP (a phone capitalises its first letter)': [
    ['123 Main St. Springfield, Il. 62704', { HNO: '123', RD: 'Main', STS: 'St' }, 'Springfield, Il. 62704'],
    ['1234 Elm Ave Apt 4 Los Angeles Ca 90001-1234', { HNO: '1234', RD: 'Elm', STS: 'Ave' }, 'Apt 4 Los Angeles Ca 90001-1234'],
    ['77 Oak Ln Omaha Ne 68102', { HNO: '77', RD: 'Oak', STS: 'Ln' }, 'Omaha Ne 68102'],
    ['123 Rue de la Paix', { HNO: '123', RD: 'Rue de la Paix' }],
    // A code that is also a type is the street's unless a type came before it or it is in capitals.
    ['100 Oak Ct 46201', { HNO: '100', RD: 'Oak', STS: 'Ct' }, '46201'],
    ['12 Elm Ct Hartford Ct 06103', { HNO: '12', RD: 'Elm', STS: 'Ct' }, 'Hartford Ct 06103'],
    ['100 Main CT 06103', { HNO: '100', RD: 'Main' }, 'CT 06103'],
  ],
  'a city of two words after a street without a type': [
    ['22 Broadway New York NY 10004', { HNO: '22', RD: 'Broadway' }, 'New York NY 10004'],
    ['100 W Broadway San Diego, CA', { HNO: '100', PRD: 'W', RD: 'Broadway' }, 'San Diego, CA'],
    ['100 El Camino Real Los Altos CA', { HNO: '100', RD: 'El Camino Real' }, 'Los Altos CA'],
    ['1210 N Wells Chicago IL', { HNO: '1210', PRD: 'N', RD: 'Wells' }, 'Chicago IL'],
  ],
  'a mark or a dash typed at the end': [
    ['123 Main St!', { HNO: '123', RD: 'Main', STS: 'St' }],
    ['123 Main St?', { HNO: '123', RD: 'Main', STS: 'St' }],
    ['123 Main St.-', { HNO: '123', RD: 'Main', STS: 'St' }],
    ['55 w oak ave apt 4 -', { HNO: '55', PRD: 'W', RD: 'oak', STS: 'Ave' }, 'apt 4'],
    ['"123 Main St Apt B"!', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt B'],
    ['123 Main St - Apt 4', { HNO: '123', RD: 'Main', STS: 'St' }, 'Apt 4'],
  ],
  'an Irish name typed without its apostrophe ("O" is no house number\'s letter)': [
    ['22 O Farrell St', { HNO: '22', RD: 'O Farrell', STS: 'St' }],
    ['450 O Hara Dr Apt 2', { HNO: '450', RD: 'O Hara', STS: 'Dr' }, 'Apt 2'],
    ['12 o brien rd', { HNO: '12', RD: 'o brien', STS: 'Rd' }],
    ['22 O\'Farrell St', { HNO: '22', RD: 'O\'Farrell', STS: 'St' }],
    ['123 O St NW', { HNO: '123', RD: 'O', STS: 'St', POD: 'NW' }],
    ['123 B Main St', { HNO: '123', HNS: 'B', RD: 'Main', STS: 'St' }],
  ],
  'a short type with two letters swapped or one left out, a type with a period inside': [
    ['45 Oak Aev', { HNO: '45', RD: 'Oak', STS: 'Ave' }],
    ['12 maple lan apt 3', { HNO: '12', RD: 'maple', STS: 'Ln' }, 'apt 3'],
    ['12 Cherry Lne', { HNO: '12', RD: 'Cherry', STS: 'Ln' }],
    ['880 COUNTRY CLUB RAOD', { HNO: '880', RD: 'COUNTRY CLUB', STS: 'RD' }],
    ['7 Ridge Wya', { HNO: '7', RD: 'Ridge', STS: 'Way' }],
    ['900 Sunset Bl.vd', { HNO: '900', RD: 'Sunset', STS: 'Blvd' }],
    ['12 Maple Ave.nue #2', { HNO: '12', RD: 'Maple', STS: 'Ave' }, '#2'],
    ['12 Maple Ace', { HNO: '12', RD: 'Maple Ace' }],
    ['12 Maple Read', { HNO: '12', RD: 'Maple Read' }],
  ],
  'a name that is a direction, then a type other than Avenue and a side (only avenues are lettered)': [
    ['100 North Blvd W', { HNO: '100', RD: 'North', STS: 'Blvd', POD: 'W' }],
    ['100 West Rd N Apt 2', { HNO: '100', RD: 'West', STS: 'Rd', POD: 'N' }, 'Apt 2'],
    ['55 SOUTH ST E', { HNO: '55', RD: 'SOUTH', STS: 'ST', POD: 'E' }],
    ['1234 W Avenue J Apt 4', { HNO: '1234', PRD: 'W', RD: 'Avenue J' }, 'Apt 4'],
    ['826 N Avenue N', { HNO: '826', PRD: 'N', RD: 'Avenue N' }],
  ],
  'an ordinal street named in words with no house number (a tens word then an ordinal is no spelled number)': [
    ['Twenty Second St', { RD: 'Twenty Second', STS: 'St' }],
    ['forty fifth ave apt 4', { RD: 'forty fifth', STS: 'Ave' }, 'apt 4'],
    ['100 Twenty Second St', { HNO: '100', RD: 'Twenty Second', STS: 'St' }],
    ['One Fifth Ave', { HNO: 'One', RD: 'Fifth', STS: 'Ave' }],
    ['Two Penn Plaza', { HNO: 'Two', RD: 'Penn', STS: 'Plz' }],
  ],
  'a direction misspelled before a name and a type (two letters swapped or one left out)': [
    ['77 Nroth Main St', { HNO: '77', PRD: 'N', RD: 'Main', STS: 'St' }],
    ['77 soth oak ave apt 2', { HNO: '77', PRD: 'S', RD: 'oak', STS: 'Ave' }, 'apt 2'],
    ['1420 Wset Elm St', { HNO: '1420', PRD: 'W', RD: 'Elm', STS: 'St' }],
    ['77 Worth St', { HNO: '77', RD: 'Worth', STS: 'St' }],
    ['77 Soth St', { HNO: '77', RD: 'Soth', STS: 'St' }],
  ],
  'a second dwelling behind or beside the house ("Back House", "Rear Cottage", "Guest House")': [
    ['100 Main Street Rear House', { HNO: '100', RD: 'Main', STS: 'St' }, 'Rear House'],
    ['4120 w 59th st back house', { HNO: '4120', PRD: 'W', RD: '59th', STS: 'St' }, 'back house'],
    ['100 Main St guest house', { HNO: '100', RD: 'Main', STS: 'St' }, 'guest house'],
    ['100 Main St Front Office', { HNO: '100', RD: 'Main', STS: 'St' }, 'Front Office'],
    ['100 Guest House Rd', { HNO: '100', RD: 'Guest House', STS: 'Rd' }],
    ['100 Back Bay Rd', { HNO: '100', RD: 'Back Bay', STS: 'Rd' }],
  ],
};

const CANADIAN: Record<string, Row[]> = {
  'the country typed after the province or postal code': [
    ['123 Main St Toronto ON M5V 2T6 Canada', { HNO: '123', RD: 'Main', STS: 'St' }, 'Toronto ON M5V 2T6 Canada'],
    ['123 Main St Toronto, ON Canada', { HNO: '123', RD: 'Main', STS: 'St' }, 'Toronto, ON Canada'],
  ],
};

describe('parseStreetLine: lines typed into a web form at home or in a hurry', () => {
  describeCategories(CATEGORIES);
  describeCategories(CANADIAN, 'CA');
});

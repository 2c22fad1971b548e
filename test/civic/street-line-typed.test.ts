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
  ],
};

describe('parseStreetLine: lines typed into a web form at home or in a hurry', () => {
  describeCategories(CATEGORIES);
});

import { expect } from '@open-wc/testing';
import { parseStreetLine, type StreetParts } from '../../src/civic/index.js';
import { expectSplit, type Row } from './street-rows.js';

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
  ['1234 Macleod Tr. S.E.', { HNO: '1234', RD: 'Macleod', STS: 'Tr', POD: 'SE' }],
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
  ['RR 2 1234 Highway 7', { HNO: '1234', RD: 'Highway 7' }, 'RR 2'],
  ['12 Maple Cresent', { HNO: '12', RD: 'Maple', STS: 'Cresent' }],
  ['1234 Rue Sherbrooke O local 200', { HNO: '1234', RD: 'Rue Sherbrooke', POD: 'O' }, 'local 200'],
  ['123 rue Principale sous-sol', { HNO: '123', RD: 'rue Principale' }, 'sous-sol'],
  ['TH 12 - 100 Main St', { HNO: '100', RD: 'Main', STS: 'St' }, 'TH 12'],
  ['First Canadian Place, 100 King St W, Suite 5600', { HNO: '100', RD: 'King', STS: 'St', POD: 'W' }, 'First Canadian Place, Suite 5600'],
  ['100 King St W Toronto ON M5X 1A9', { HNO: '100', RD: 'King', STS: 'St', POD: 'W' }, 'Toronto ON M5X 1A9'],
  ['1234 Rue Sherbrooke O Montréal QC', { HNO: '1234', RD: 'Rue Sherbrooke', POD: 'O' }, 'Montréal QC'],
  ['3500 ch. de la Côte-des-Neiges app. 12', { HNO: '3500', RD: 'ch. de la Côte-des-Neiges' }, 'app. 12'],
  ['12 Line 3 N', { HNO: '12', RD: 'Line 3', POD: 'N' }],
  ['1234 - 4 St NE', { HNO: '1234', RD: '4', STS: 'St', POD: 'NE' }],
  ['1234 - 17 Ave SW', { HNO: '1234', RD: '17', STS: 'Ave', POD: 'SW' }],
  ['12 - 100 Main St W', { HNO: '100', RD: 'Main', STS: 'St', POD: 'W' }, '12'],
  ['12 Line 3 North, Unit 2', { HNO: '12', RD: 'Line 3', POD: 'N' }, 'Unit 2'],
  // Quebec's "bur." (bureau) before its number, "app.4" glued to its number; "Bur Oak" is a name.
  ['1425 rue St-Jacques O bur 300', { HNO: '1425', RD: 'rue St-Jacques', POD: 'O' }, 'bur 300'],
  ['1425 boul. Saint-Laurent bur. 1200', { HNO: '1425', RD: 'boul. Saint-Laurent' }, 'bur. 1200'],
  ['bur. 300, 1425 rue St-Jacques O', { HNO: '1425', RD: 'rue St-Jacques', POD: 'O' }, 'bur. 300'],
  ['1425 rue Principale app.4', { HNO: '1425', RD: 'rue Principale' }, 'app.4'],
  ['app.12 3500 ch. de la Côte-des-Neiges', { HNO: '3500', RD: 'ch. de la Côte-des-Neiges' }, 'app.12'],
  ['1425 N Bur Oak Ave', { HNO: '1425', PRD: 'N', RD: 'Bur Oak', STS: 'Ave' }],
  // "appt" and French words typed without their accents ("etage", "unite").
  ['1425 rue Principale appt. 4', { HNO: '1425', RD: 'rue Principale' }, 'appt. 4'],
  ['Appt 4 - 1425 rue Principale', { HNO: '1425', RD: 'rue Principale' }, 'Appt 4'],
  ['1425 rue Principale 3e etage', { HNO: '1425', RD: 'rue Principale' }, '3e etage'],
  ['1425 boul. Saint-Laurent 2ieme etage', { HNO: '1425', RD: 'boul. Saint-Laurent' }, '2ieme etage'],
  ['1425 rue Principale unite 3', { HNO: '1425', RD: 'rue Principale' }, 'unite 3'],
  // Canada Post street types USPS does not list, after the name (before it a French type stays in the name).
  ['123 Riverside Promenade', { HNO: '123', RD: 'Riverside', STS: 'Promenade' }],
  ['45 Promenade du Lac', { HNO: '45', RD: 'Promenade du Lac' }],
  ['123 Maple Vale NW', { HNO: '123', RD: 'Maple', STS: 'Vale', POD: 'NW' }],
  ['12 Mariners Harbour, Unit 4', { HNO: '12', RD: 'Mariners', STS: 'Harbour' }, 'Unit 4'],
  ['7 Hunters End', { HNO: '7', RD: 'Hunters', STS: 'End' }],
  ['1200 Lakeview Pvt', { HNO: '1200', RD: 'Lakeview', STS: 'Pvt' }],
  ['55 Cedar Glade', { HNO: '55', RD: 'Cedar', STS: 'Glade' }],
  ['8 West End Ave', { HNO: '8', RD: 'West End', STS: 'Ave' }],
  // Numbered rural roads: Ontario's side roads, Alberta's range roads abbreviated, Saskatchewan's grid roads, Quebec's rangs.
  ['12345 Side Road 10', { HNO: '12345', RD: 'Side Road 10' }],
  ['52345 Rge Rd 223', { HNO: '52345', RD: 'Rge Rd 223' }],
  ['52345 RGE RD 223, Unit 2', { HNO: '52345', RD: 'RGE RD 223' }, 'Unit 2'],
  ['123 Grid Rd 701', { HNO: '123', RD: 'Grid Rd 701' }],
  ['1234 chemin du Rang 3', { HNO: '1234', RD: 'chemin du Rang 3' }],
  ['1234 West Side Rd 4', { HNO: '1234', RD: 'West Side', STS: 'Rd' }, '4'],
  // Ontario's concessions (Canada Post's CONC type): numbered with their side, after their number, or owning a road.
  ['1234 Concession 6 E, RR 3', { HNO: '1234', RD: 'Concession 6', POD: 'E' }, 'RR 3'],
  ['1234 Conc 6 W', { HNO: '1234', RD: 'Conc 6', POD: 'W' }],
  ['1234 5th Concession', { HNO: '1234', RD: '5th', STS: 'Concession' }],
  ['1234 Conc Rd 5', { HNO: '1234', RD: 'Conc Rd 5' }],
  // A rural route glued to its number sign after a numbered road.
  ['1234 Hwy 35 RR#1', { HNO: '1234', RD: 'Hwy 35' }, 'RR#1'],
  ['1234 Conc Rd 5 RR#2', { HNO: '1234', RD: 'Conc Rd 5' }, 'RR#2'],
  // A designator before the unit-civic number: the unit keeps it.
  ['Unit 4-1200 Bay St', { HNO: '1200', RD: 'Bay', STS: 'St' }, 'Unit 4'],
  ['Suite 400-100 King St W', { HNO: '100', RD: 'King', STS: 'St', POD: 'W' }, 'Suite 400'],
  ['app. 4-1425 rue Principale', { HNO: '1425', RD: 'rue Principale' }, 'app. 4'],
  ['TH 12-2450 Hwy 7', { HNO: '2450', RD: 'Hwy 7' }, 'TH 12'],
  ['Suite A-100 100 Main St', { HNO: '100', RD: 'Main', STS: 'St' }, 'Suite A-100'],
  // A unit number typed before the civic number, then a French type and a name.
  ['4 1425 rue Principale', { HNO: '1425', RD: 'rue Principale' }, '4'],
  ['4, 1425 rue Principale', { HNO: '1425', RD: 'rue Principale' }, '4'],
  ['3 1200 boul. Saint-Laurent', { HNO: '1200', RD: 'boul. Saint-Laurent' }, '3'],
  ['10 100 Ave NW', { HNO: '10', RD: '100', STS: 'Ave', POD: 'NW' }],
  // Alberta's suite number before the civic number on a numbered street, with or without a comma or Calgary's dash.
  ['200, 10123 99 St NW', { HNO: '10123', RD: '99', STS: 'St', POD: 'NW' }, '200'],
  ['200 10123 99 Street NW', { HNO: '10123', RD: '99', STS: 'Street', POD: 'NW' }, '200'],
  ['300, 840 - 7 Ave SW', { HNO: '840', RD: '7', STS: 'Ave', POD: 'SW' }, '300'],
  ['12 100 12th St', { HNO: '100', RD: '12th', STS: 'St' }, '12'],
  // After a particle a direction is the name's noun; a direction after that name is its side.
  ['1234 Rang du Nord', { HNO: '1234', RD: 'Rang du Nord' }],
  ['1234 chemin du Sud, app 3', { HNO: '1234', RD: 'chemin du Sud' }, 'app 3'],
  ['1234 rue du Nord O', { HNO: '1234', RD: 'rue du Nord', POD: 'O' }],
];

/**
 * No house number, still kept: a box (in POBOX; no house number: help cannot be sent to a box),
 * a Puerto Rico road and its kilometre marker or an Alaska highway and its milepost (the marker places it, so a
 * number counts as found).
 */
const WITHOUT_HOUSE_NUMBER: [line: string, country: string, parts: StreetParts, unit: string | undefined, found: boolean][] = [
  ['PO Box 123', 'US', { POBOX: 'PO Box 123' }, undefined, false],
  ['P.O. Box 4410', 'US', { POBOX: 'P.O. Box 4410' }, undefined, false],
  ['RR 2 Box 45', 'US', { POBOX: 'RR 2 Box 45' }, undefined, false],
  ['HC 1 Box 12', 'US', { POBOX: 'HC 1 Box 12' }, undefined, false],
  ['PSC 1234 Box 5678', 'US', { POBOX: 'PSC 1234 Box 5678' }, undefined, false],
  ['PMB 123 PO Box 7891', 'US', { POBOX: 'PMB 123 PO Box 7891' }, undefined, false],
  ['Rt 1 Box 45', 'US', { POBOX: 'Rt 1 Box 45' }, undefined, false],
  ['HCR 1 Box 12', 'US', { POBOX: 'HCR 1 Box 12' }, undefined, false],
  ['Star Route Box 12', 'US', { POBOX: 'Star Route Box 12' }, undefined, false],
  ['Star Rte, Box 12', 'US', { POBOX: 'Star Rte, Box 12' }, undefined, false],
  ['1200 Star Route', 'US', { HNO: '1200', RD: 'Star', STS: 'Rte' }, undefined, true],
  ['Route 1', 'US', { RD: 'Route 1' }, undefined, false],
  ['RR 1 Site 5 Comp 12', 'CA', { POBOX: 'RR 1 Site 5 Comp 12' }, undefined, false],
  ['General Delivery', 'US', { POBOX: 'General Delivery' }, undefined, false],
  // Canada Post's French box, suburban service, "GD" and a station after the box; Guam's and Saipan's caller boxes.
  ['C.P. 123', 'CA', { POBOX: 'C.P. 123' }, undefined, false],
  ['CP 6128 Succ. Centre-Ville', 'CA', { POBOX: 'CP 6128 Succ. Centre-Ville' }, undefined, false],
  ['case postale 45, Saint-Sauveur', 'CA', { POBOX: 'case postale 45' }, 'Saint-Sauveur', false],
  ['PO Box 4001 Stn A', 'CA', { POBOX: 'PO Box 4001 Stn A' }, undefined, false],
  ['SS 1 Site 5 Box 12', 'CA', { POBOX: 'SS 1 Site 5 Box 12' }, undefined, false],
  ['GD Stn Main', 'CA', { POBOX: 'GD Stn Main' }, undefined, false],
  ['Caller Box 10001', 'US', { POBOX: 'Caller Box 10001' }, undefined, false],
  // A box in any order: the number after "Site" is no house number.
  ['Box 12 Site 3 RR 1', 'CA', { POBOX: 'Box 12 Site 3 RR 1' }, undefined, false],
  ['Comp 4, Site 12, RR 2', 'CA', { POBOX: 'Comp 4, Site 12, RR 2' }, undefined, false],
  // A Prairie legal land description or a lot, block and plan: kept whole, no house number (the caller is asked for one).
  ['NE 12-34-5 W3', 'CA', { RD: 'NE 12-34-5 W3' }, undefined, false],
  ['SW 1/4 12-34-5 W4M', 'CA', { RD: 'SW 1/4 12-34-5 W4M' }, undefined, false],
  ['NW-12-34-5-W4', 'CA', { RD: 'NW-12-34-5-W4' }, undefined, false],
  ['Lot 3 Block 2 Plan 1234', 'CA', { RD: 'Lot 3 Block 2 Plan 1234' }, undefined, false],
  ['PO Box 123, Springfield IL', 'US', { POBOX: 'PO Box 123' }, 'Springfield IL', false],
  ['Unit 5', 'US', { RD: 'Unit 5' }, undefined, false],
  ['Carr 2 Km 5.4', 'US', { RD: 'Carr 2' }, 'Km 5.4', true],
  ['Bo Cruces Carr. 172, Km. 5 Hm 4', 'US', { RD: 'Carr. 172' }, 'Bo Cruces, Km. 5 Hm 4', true],
  // Alaska places homes on its highways by milepost: the milepost places it as the kilometre marker does.
  ['Mile 5 Richardson Hwy', 'US', { RD: 'Richardson', STS: 'Hwy' }, 'Mile 5', true],
  ['Mile 5.5 Old Richardson Hwy Apt 2', 'US', { RD: 'Old Richardson', STS: 'Hwy' }, 'Mile 5.5, Apt 2', true],
  ['MP 12 Parks Hwy, Wasilla', 'US', { RD: 'Parks', STS: 'Hwy' }, 'MP 12, Wasilla', true],
  ['1200 Parks Hwy Milepost 5', 'US', { HNO: '1200', RD: 'Parks', STS: 'Hwy' }, 'Milepost 5', true],
  // The Yukon and northern Quebec by kilometre post; a comma between the marker and its highway.
  ['Km 1450 Alaska Hwy', 'CA', { RD: 'Alaska', STS: 'Hwy' }, 'Km 1450', true],
  ['Km. 12 Route 117 Nord', 'CA', { RD: 'Route 117', POD: 'N' }, 'Km. 12', true],
  ['Mile 101, Alaska Highway', 'CA', { RD: 'Alaska', STS: 'Highway' }, 'Mile 101', true],
  ['Mile 5, Richardson Hwy, Fairbanks', 'US', { RD: 'Richardson', STS: 'Hwy' }, 'Mile 5, Fairbanks', true],
  // The Rio Grande Valley names roads by their mile.
  ['2210 E Mile 9 1/2 N', 'US', { HNO: '2210', PRD: 'E', RD: 'Mile 9 1/2', POD: 'N' }, undefined, true],
  ['Mile 9 Rd', 'US', { RD: 'Mile 9', STS: 'Rd' }, undefined, false],
  // A block's number is not the house's: still no house number, and the user is asked for it.
  ['Calle 5 Bloque 3', 'US', { RD: 'Calle 5 Bloque 3' }, undefined, false],
];

describe('parseStreetLine on Canadian lines and lines without a house number', () => {
  it('splits Canadian lines: French types kept in the name, unit-civic numbers, French directionals', () => {
    for (const [line, parts, unit] of CANADIAN) expectSplit(line, 'CA', parts, unit);
  });

  it('keeps a box in POBOX and a road located by its kilometre marker or milepost, without a house number', () => {
    for (const [line, country, parts, unit, found] of WITHOUT_HOUSE_NUMBER) {
      const got = parseStreetLine(line, { country });
      expect(got.parts, line).to.deep.equal(parts);
      expect(got.unit, line).to.equal(unit);
      expect(got.houseNumberFound, line).to.equal(found);
    }
  });
});

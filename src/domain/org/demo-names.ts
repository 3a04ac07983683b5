/** Name and company lists for the demo organisation: varied, plausible, and fictional as combinations. */

export const FIRST_NAMES = [
  'Aisha', 'Alejandro', 'Amara', 'Ananya', 'Andrei', 'Anna', 'Aoife', 'Arjun', 'Astrid', 'Ayumi', 'Adaeze', 'Ahmed',
  'Amelia', 'Beatriz', 'Ben', 'Björn', 'Bogdan', 'Camila', 'Carlos', 'Catherine', 'Chen', 'Chiara', 'Chloé', 'Daniel',
  'David', 'Diego', 'Dmitri', 'Elena', 'Emeka', 'Emma', 'Erik', 'Farah', 'Fatima', 'Felipe', 'Fiona', 'Francesca',
  'Gabriel', 'Grace', 'Hana', 'Hannah', 'Hiroshi', 'Hugo', 'Ibrahim', 'Inês', 'Ingrid', 'Isabel', 'Ivan', 'Jamal',
  'James', 'Javier', 'Ji-woo', 'Jin', 'Joanna', 'João', 'Jonas', 'Julia', 'Kai', 'Kamal', 'Karin', 'Kenji', 'Kofi',
  'Kwame', 'Lars', 'Laura', 'Leila', 'Liam', 'Lina', 'Luca', 'Lucas', 'Lucía', 'Magnus', 'Malik', 'Maria', 'Marta',
  'Mateo', 'Mei', 'Michael', 'Min-jun', 'Mohammed', 'Nadia', 'Naledi', 'Nathan', 'Neha', 'Nikolai', 'Noah', 'Nora',
  'Olga', 'Oliver', 'Oluwaseun', 'Omar', 'Pablo', 'Patricia', 'Priya', 'Rachel', 'Rafael', 'Rahul', 'Ravi', 'Rosa',
  'Ruth', 'Sakura', 'Samuel', 'Sara', 'Sean', 'Sebastian', 'Siddharth', 'Siobhan', 'Sipho', 'Sofia', 'Tanvir', 'Tariq',
  'Thandiwe', 'Thomas', 'Tomás', 'Ulrike', 'Valentina', 'Vikram', 'Wei', 'Xin', 'Yara', 'Yasmin', 'Yusuf', 'Zainab',
  'Zoe', 'Leon', 'Mariam', 'Paulo', 'Hyun', 'Anouk', 'Selin', 'Mateus', 'Elif', 'Rohan', 'Ngozi', 'Kirsten',
] as const;

export const LAST_NAMES = [
  'Abara', 'Adeyemi', 'Ahmed', 'Almeida', 'Andersen', 'Bakker', 'Banerjee', 'Becker', 'Bianchi', 'Boateng', 'Brown',
  'Carvalho', 'Chen', 'Cohen', 'Costa', 'Demir', 'Dlamini', 'Duarte', 'Dubois', 'Eriksson', 'Fernández', 'Fischer',
  'Fitzgerald', 'Garcia', 'Georgiou', 'Goldberg', 'González', 'Gupta', 'Haddad', 'Haile', 'Hansen', 'Hernández',
  'Hoffmann', 'Horvath', 'Hosseini', 'Ibrahim', 'Jansen', 'Jensen', 'Johnson', 'Karimi', 'Kaur', 'Kaya', 'Kim',
  'Korhonen', 'Kowalczyk', 'Kowalski', 'Kumar', 'Larsen', 'Laurent', 'Lee', 'Lehmann', 'Lindqvist', 'Lopez', 'MacLeod',
  'Martin', 'Martínez', 'Mensah', 'Moreau', 'Müller', 'Murphy', 'Mwangi', 'Nakamura', 'Nguyen', 'Nielsen', 'Novak',
  'Nowak', "O'Brien", 'Ochieng', 'Okafor', 'Okonkwo', 'Olsen', 'Osei', 'Papadopoulos', 'Park', 'Patel', 'Pereira',
  'Petrov', 'Popescu', 'Rahman', 'Ramírez', 'Reddy', 'Rezaei', 'Rossi', 'Russo', 'Sánchez', 'Sato', 'Schmidt',
  'Schneider', 'Shah', 'Silva', 'Singh', 'Smith', 'Suzuki', 'Svensson', 'Tanaka', 'Taylor', 'Tesfaye', 'Tran',
  'van der Berg', 'Virtanen', 'Wagner', 'Walker', 'Wang', 'Weber', 'Williams', 'Wilson', 'Wójcik', 'Yamamoto',
  'Yilmaz', 'Zhang', 'Zhou', 'Ali', 'Oyelaran', 'Castillo', 'Moretti', 'Lund', 'Nair', 'Kovács', 'Sørensen',
  'Stewart', 'Hughes', 'Santos', 'Ito', 'Kang',
] as const;

export const COMPANY_FIRST_WORDS = [
  'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum', 'Proseware', 'Woodgrove', 'Lucerne', 'Wingtip',
  'Coho', 'Trey', 'Alpine Ridge', 'Harbor Point', 'Blue Fjord', 'Granite Peak',
] as const;

export const COMPANY_SECOND_WORDS = [
  'Industrial', 'Systems', 'Components', 'Analytics', 'Logistics', 'Instruments', 'Materials', 'Software',
  'Medical Devices', 'Packaging', 'Automation', 'Networks',
] as const;

const TRANSLITERATIONS: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', œ: 'oe' };

/** "Sørensen" → "sorensen", "van der Berg" → "vanderberg", "Ji-woo" → "ji-woo": safe for the local part of an e-mail. */
export function emailSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[øæßłđœ]/g, (letter) => TRANSLITERATIONS[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]/g, '');
}

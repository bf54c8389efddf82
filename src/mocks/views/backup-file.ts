import type { EpochMs } from '@/domain/model';
import type { StoredSqlDatabase, StoredStorageAccount } from '@/domain/stored-resources';
import { hashString, randomInt, seededRandom } from '@/domain/random';
import { toIso } from '@/domain/time';

// The backup files hold mock contents derived from the resource's id, so the same resource always
// downloads the same data (only the export time changes).

export function storageBackupJson(account: StoredStorageAccount, now: EpochMs): string {
  const containers = account.containers.map((name) => {
    const random = seededRandom(`${account.id}/${name}`);
    const count = randomInt(random, 1, 4);
    return {
      name,
      blobs: Array.from({ length: count }, (_, i) => ({
        name: `${name}-${String(i + 1).padStart(3, '0')}.dat`,
        sizeBytes: randomInt(random, 1_024, 50_000_000),
        contentMd5: hashString(`${account.id}/${name}/${i}`).toString(16).padStart(8, '0'),
      })),
    };
  });
  return JSON.stringify(
    {
      storageAccount: account.name,
      resourceId: account.id,
      location: account.location,
      exportedAt: toIso(now),
      containers,
    },
    null,
    2,
  );
}

const CUSTOMERS = [
  'Northwind Traders',
  'Adventure Works',
  'Tailspin Toys',
  'Wide World Importers',
  'Fourth Coffee',
];

export function sqlBackupCsv(db: StoredSqlDatabase, now: EpochMs): string {
  const random = seededRandom(db.id);
  const lines = ['id,customer,amount,currency,created_at'];
  for (let i = 1; i <= 25; i++) {
    const customer = CUSTOMERS[randomInt(random, 0, CUSTOMERS.length - 1)] ?? 'Contoso';
    const amount = (randomInt(random, 500, 250_000) / 100).toFixed(2);
    const createdAt = toIso(now - randomInt(random, 1, 365) * 86_400_000);
    lines.push(`${i},"${customer}",${amount},USD,${createdAt}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

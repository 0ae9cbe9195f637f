-- Arabic, Farsi, Ukrainian and Turkish as a person's UI and email language (issue 10).
ALTER TYPE "Locale" ADD VALUE 'AR';
ALTER TYPE "Locale" ADD VALUE 'FA';
ALTER TYPE "Locale" ADD VALUE 'UK';
ALTER TYPE "Locale" ADD VALUE 'TR';

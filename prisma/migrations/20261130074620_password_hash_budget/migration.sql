-- CreateTable
CREATE TABLE "PasswordHashBudget" (
    "ip" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "spent" INTEGER NOT NULL,

    CONSTRAINT "PasswordHashBudget_pkey" PRIMARY KEY ("ip","windowStart")
);

-- CreateIndex
CREATE INDEX "PasswordHashBudget_windowStart_idx" ON "PasswordHashBudget"("windowStart");

-- CreateIndex
CREATE INDEX "PhoneNumber_accountId_address_idx" ON "PhoneNumber"("accountId", "address");

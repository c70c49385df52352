-- CreateIndex
CREATE INDEX "Workstream_distributionMode_idx" ON "Workstream"("distributionMode");

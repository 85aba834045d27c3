-- CreateIndex
CREATE INDEX "Place_archivedAt_lat_lng_idx" ON "Place"("archivedAt", "lat", "lng");

-- CreateIndex
CREATE INDEX "Place_archivedAt_sortOrder_id_idx" ON "Place"("archivedAt", "sortOrder", "id");


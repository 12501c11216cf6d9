pub async fn still_analysed() {}

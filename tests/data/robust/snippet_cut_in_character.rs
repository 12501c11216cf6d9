fn main() {}
$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxé

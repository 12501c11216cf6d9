pub struct NeverNamed;

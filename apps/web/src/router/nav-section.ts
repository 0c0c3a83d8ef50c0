// The navigation's sections, in their own module: the router's route table (which loads the pages)
// and the navigation composable (which pages use) both need it, and neither may import the other.
export type NavSection = 'field' | 'team' | 'admin';

// Stylesheets imported for their side effect (Storybook's preview imports the theme).
declare module '*.css'

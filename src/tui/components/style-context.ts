/** Whether rows are drawn with colours and text styles (not with NO_COLOR or TERM=dumb). */
import { createContext } from 'react';

export const StyleContext = createContext({ isColor: true });

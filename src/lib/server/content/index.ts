// The I/O side of content: reads `modules/`, validates it and builds the course index.
export { loadCourse, getCourse, defaultContentRoot, type ContentReport } from './load';
export type { Course, CourseLesson, CourseModule, CourseItem } from './course';
export { ContentError, formatIssue, type ContentIssue } from './issues';
export type { Coverage } from './checks-passages';
export type { LessonReadability } from './warnings';

// A site's domain as pages print it: "Vesti.kg", "news.example.com". Not an e-mail address, a
// file name or part of a longer address. The top-level domains are those of the region's outlets
// and the generic ones; an outlet elsewhere still reads through its name.
export const DOMAIN =
  /(?<![\p{L}\d@._/-])((?:[\p{L}\d][\p{L}\d-]*\.)?[\p{L}\d][\p{L}\d-]*\.(?:uz|kz|kg|tj|az|am|ge|tm|ru|af|ir|pk|in|cn|ae|tr|com|net|org|info|media|news|tv))(?![\p{L}\d-]|\.\p{L})/iu;

package cluster

// Attribution names the corpora the shipped tables (data/brown.tsv,
// data/kmeans.tsv) were learned from; the commands that learn them write it
// into a table's header unless given another with -attribution.
const Attribution = `Training text (clusters are a derived statistic; no corpus text is included):
  Spanish Fake News Corpus (Posadas-Durán et al.), news article bodies, CC BY 4.0
  WMT news test sets 2008-2013, Spanish side, distributed by WMT for research use
  UD Spanish-GSD treebank (dev and test sentence text), CC BY-SA 4.0
  CoNLL-2002 Spanish NER shared task, training file esp.train, first column (research use)`

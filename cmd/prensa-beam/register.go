package main

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// The DoFns, functions and types of the pipeline, registered so that
// workers find them without reflection over the binary.
func init() {
	beam.RegisterType(reflect.TypeOf((*Doc)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*EntityKey)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*EntityCount)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Pair)(nil)).Elem())

	register.DoFn3x1[context.Context, string, func(Doc), error](&expandFn{})
	register.Function3x1(matchGlob)
	register.Emitter1[Doc]()
	register.DoFn3x0[context.Context, Doc, func(string)](&tagFn{})
	register.Emitter1[string]()
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
	register.Function2x1(entityMentions)
	register.Emitter2[string, EntityCount]()
	register.Function2x1(addCounts)
	register.Function2x2(formatCount)
	register.DoFn2x1[string, func(string, int), error](&pairsFn{})
	register.Emitter2[string, int]()
	register.Function2x2(toPair)
	register.Combiner3[[]Pair, Pair, []Pair](&topFn{})
	register.DoFn2x1[context.Context, []Pair, error](&writePairsFn{})
	register.Function1x1(docBranch)
}

package vn.protocolbrief.cli;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.protocolbrief.store.Store;

/**
 * Mixed into a command at any depth ({@code @Mixin CommandContext context}): the command line's store and output,
 * without a chain of parent commands ({@code --db}, {@code --json} and {@code --as} are the top command's options,
 * inherited by every command), and the one shape most commands answer in: open the store, ask it, print the answer
 * as JSON under {@code --json} or else as text, close the store. A refusal is an exception, which {@link Cli#run}
 * turns into one line. ({@code @Command}: picocli takes as a mixin only a class it can read as a command.)
 */
@Command
final class CommandContext {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The text of an answer that needs the store to say it (names behind ids). */
    interface StoreText<T> {
        void print(Store store, T answer, Output out);
    }

    Cli cli() {
        return (Cli) mixee.root().userObject();
    }

    Output out() {
        return cli().out();
    }

    /** Opens the store (acting as {@code --as}), asks it and prints the answer; the exit code. */
    <T> int answer(Function<Store, T> ask, BiConsumer<T, Output> text) {
        return answerWith(cli()::openStore, ask, (store, answer, out) -> text.accept(answer, out));
    }

    /** {@link #answer}, the text reading the store as well. */
    <T> int answerWithStore(Function<Store, T> ask, StoreText<T> text) {
        return answerWith(cli()::openStore, ask, text);
    }

    /** {@link #answer} on a store opened another way (an office store, refused when it is not one). */
    <T> int answerWith(Supplier<Store> open, Function<Store, T> ask, StoreText<T> text) {
        try (Store store = open.get()) {
            T answer = ask.apply(store);
            print(answer, out -> text.print(store, answer, out));
        }
        return Cli.OK;
    }

    /** The answer as JSON under {@code --json}, else as the text. */
    void print(Object answer, java.util.function.Consumer<Output> text) {
        if (cli().json) {
            out().json(answer);
        } else {
            text.accept(out());
        }
    }
}

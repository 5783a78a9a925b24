export default function Page() {
  return <main>floor</main>;
}
